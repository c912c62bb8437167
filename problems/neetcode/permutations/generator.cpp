// Permutations tests: generator N SEED MODE — N distinct values from [-10, 10].
// random: any values, shuffled; descending: sorted from largest to smallest (next_permutation
// without sorting first finds nothing after it); extremes: -10 and 10 included; negative: only negatives.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    vector<int> pool;
    for (int v = -10; v <= 10; ++v)
        if ((mode != "negative" || v < 0) && (mode != "extremes" || (v != -10 && v != 10))) pool.push_back(v);
    shuffle(pool.begin(), pool.end(), rng);
    if (mode == "extremes") pool.insert(pool.begin(), {-10, 10});
    vector<int> nums(pool.begin(), pool.begin() + n);
    shuffle(nums.begin(), nums.end(), rng);
    if (mode == "descending") sort(nums.rbegin(), nums.rend());
    judge_rt::Writer w;
    judge_rt::write(w, nums);
    printf("%s\n", w.str().c_str());
}
