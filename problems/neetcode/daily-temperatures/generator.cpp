// Daily Temperatures tests: generator N SEED MODE prints N temperatures in [30, 100].
// equal: all 73; nonincreasing: random values sorted high to low (no day ever gets warmer);
// random: uniform; nondecreasing: sorted low to high; warmend: random in [30, 99] with a
// 100 as the very last day; two: only 30 and 31; saw: repeated ramps 100, 99, ..., 30.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "equal") v[i] = 73;
        else if (mode == "warmend") v[i] = draw(30, 99);
        else if (mode == "two") v[i] = draw(30, 31);
        else if (mode == "saw") v[i] = 100 - i % 71;
        else v[i] = draw(30, 100);
    }
    if (mode == "nonincreasing") sort(v.rbegin(), v.rend());
    if (mode == "nondecreasing") sort(v.begin(), v.end());
    if (mode == "warmend") v[n - 1] = 100;
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
