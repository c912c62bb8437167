// Kth Largest in a Stream tests: generator N K ADDS SEED MODE (N initial values, then ADDS calls to add).
// random: values in [-10^4, 10^4]; rising: every add is a new maximum; falling: adds go down from
// 10^4 to -10^4; few: values from {-2..2}; equal: one value everywhere; extremes: only -10^4 and
// 10^4; sortednums: random nums listed in ascending order, random adds.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]), adds = atoi(argv[3]);
    mt19937_64 rng(atoll(argv[4]));
    string mode = argv[5];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    int same = draw(-10000, 10000);
    auto value = [&]() {
        if (mode == "few") return draw(-2, 2);
        if (mode == "equal") return same;
        if (mode == "extremes") return draw(0, 1) ? 10000 : -10000;
        return draw(-10000, 10000);
    };
    vector<int> nums(n);
    for (int& x : nums) x = mode == "rising" ? draw(-10000, -5000) : value();
    if (mode == "sortednums") sort(nums.begin(), nums.end());
    string names = "[\"KthLargest\"", args = "[[" + to_string(k) + ",[";
    for (int i = 0; i < n; ++i) args += (i ? "," : "") + to_string(nums[i]);
    args += "]]";
    for (int i = 0; i < adds; ++i) {
        int v;
        if (mode == "rising") v = -5000 + (int)((long long)15000 * (i + 1) / adds);
        else if (mode == "falling") v = 10000 - (int)((long long)20000 * i / max(1, adds - 1));
        else v = value();
        names += ",\"add\"";
        args += ",[" + to_string(v) + "]";
    }
    printf("%s]\n%s]\n", names.c_str(), args.c_str());
}
