// Subsets II tests: generator N SEED MODE — N values from [-10, 10].
// random: independent draws; few: values from {-1, 0, 1}; equal: one value N times;
// pairs: N/2 distinct values, each twice, shuffled so copies are apart; distinct: no repeats;
// extremes: only -10 and 10.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> nums;
    if (mode == "pairs" || mode == "distinct") {
        vector<int> pool(21);
        iota(pool.begin(), pool.end(), -10);
        shuffle(pool.begin(), pool.end(), rng);
        for (int i = 0; (int)nums.size() < n; ++i) {
            nums.push_back(pool[i]);
            if (mode == "pairs" && (int)nums.size() < n) nums.push_back(pool[i]);
        }
        shuffle(nums.begin(), nums.end(), rng);
    } else {
        int same = draw(-10, 10);
        for (int i = 0; i < n; ++i)
            nums.push_back(mode == "few" ? draw(-1, 1) : mode == "equal" ? same
                           : mode == "extremes" ? (draw(0, 1) ? 10 : -10) : draw(-10, 10));
    }
    judge_rt::Writer w;
    judge_rt::write(w, nums);
    printf("%s\n", w.str().c_str());
}
