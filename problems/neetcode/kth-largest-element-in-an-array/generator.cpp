// Kth Largest Element in an Array tests: generator N SEED MODE K (K = 0 means random in 1..N).
// random: values in [-10^4, 10^4]; equal: one value; few: values from {-1, 0, 1};
// ascending / descending: sorted random values; mostly: 95% one value, the rest random;
// extremes: only -10^4 and 10^4; organ: ascending then descending.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = atoi(argv[4]);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    if (k == 0) k = draw(1, n);
    vector<int> v(n);
    int same = draw(-10000, 10000);
    for (int& x : v) {
        if (mode == "equal") x = same;
        else if (mode == "few") x = draw(-1, 1);
        else if (mode == "mostly") x = draw(0, 19) ? same : draw(-10000, 10000);
        else if (mode == "extremes") x = draw(0, 1) ? 10000 : -10000;
        else x = draw(-10000, 10000);
    }
    if (mode == "ascending") sort(v.begin(), v.end());
    if (mode == "descending") sort(v.rbegin(), v.rend());
    if (mode == "organ") {
        sort(v.begin(), v.end());
        vector<int> o;
        for (int i = 0; i < n; i += 2) o.push_back(v[i]);
        for (int i = n - 1 - (n % 2 == 0 ? 0 : 1); i > 0; i -= 2) o.push_back(v[i]);
        v = o;
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), k);
}
