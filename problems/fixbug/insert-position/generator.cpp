// generator N SEED MODE: a strictly increasing array of N distinct values in
// [-10^4, 10^4] and a target that is inside (absent), beyond the last element,
// before the first, or present.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    vector<int> all;
    for (int v = -9999; v <= 9999; v += 2) all.push_back(v);  // odd values: even targets are absent
    shuffle(all.begin(), all.end(), rng);
    vector<int> nums(all.begin(), all.begin() + n);
    sort(nums.begin(), nums.end());
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    int target;
    if (mode == "beyond") target = pick(nums.back() + 1, 10000);
    else if (mode == "before") target = pick(-10000, nums.front() - 1);
    else if (mode == "present") target = nums[pick(0, n - 1)];
    else { int i = pick(1, n - 1); target = nums[i] - 1; }
    judge_rt::Writer w;
    judge_rt::write(w, nums);
    printf("%s\n%d\n", w.str().c_str(), target);
}
