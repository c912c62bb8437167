// Target Sum tests: generator N SEED MODE (sum(nums) <= 1000 always).
// random: values with sum near 1000, a reachable-parity target in [0, sum];
// random-negative: the same with a negative target; zeros: 19 zeros and one 1000, target +-1000;
// small: values in [0,5], target near 0; full: target = sum; half-zeros: half of the
// values are 0 (each doubles the count); odd: sum + target is odd, so the answer is 0.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n, 0);
    if (mode == "random" || mode == "random-negative" || mode == "full" || mode == "odd") {
        // Random cut points of 1000 (sorted), differences as values: sum exactly <= 1000.
        vector<int> cut(n);
        for (int& c : cut) c = draw(0, 1000);
        sort(cut.begin(), cut.end());
        for (int i = 0; i < n; ++i) v[i] = cut[i] - (i ? cut[i - 1] : 0);
    } else if (mode == "zeros") {
        v[0] = 1000;
    } else if (mode == "small") {
        for (int& x : v) x = draw(0, 5);
    } else if (mode == "half-zeros") {
        for (int i = 0; i < n / 2; ++i) v[i] = draw(1, 100);
    }
    shuffle(v.begin(), v.end(), rng);
    int sum = accumulate(v.begin(), v.end(), 0);
    int target = 0;
    if (mode == "random" || mode == "half-zeros") target = draw(0, sum / 4) * 2 + sum % 2;
    else if (mode == "random-negative") target = -(draw(0, sum / 4) * 2 + sum % 2);
    else if (mode == "zeros") target = draw(0, 1) ? 1000 : -1000;
    else if (mode == "small") target = draw(-3, 3);
    else if (mode == "full") target = sum;
    else if (mode == "odd") target = draw(-sum / 4, sum / 4) * 2 + 1 - sum % 2;  // sum + target odd
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), target);
}
