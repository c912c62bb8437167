// Sliding Window Maximum tests: generator N K SEED MODE prints nums (length N) and k = K.
// random: uniform in [-10^4, 10^4]; increasing / decreasing: sorted (values repeat, as only
// 20001 values exist); equal: one value; few: values from {-10000, 0, 10000} (many ties);
// sawtooth: ramps that fall from 10^4 to -10^4 again and again.
int main(int argc, char** argv) {
    int n = atoi(argv[1]), k = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "equal") v[i] = -7777;
        else if (mode == "few") v[i] = 10000 * draw(-1, 1);
        else if (mode == "sawtooth") v[i] = 10000 - (int)(i % 1000) * 20;
        else v[i] = draw(-10000, 10000);
    }
    if (mode == "increasing") sort(v.begin(), v.end());
    if (mode == "decreasing") sort(v.rbegin(), v.rend());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), k);
}
