// Histogram tests: generator N SEED MODE prints N heights in [0, 10^4].
// equal: all 10^4 (answer 10^9, the largest possible); random: uniform; increasing /
// decreasing: sorted random values; valley: high at both ends, low in the middle;
// zeros: random tall bars separated by zeros; small: heights 0..3 only (many ties).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "equal") v[i] = 10000;
        else if (mode == "valley") v[i] = min(10000, abs(i - n / 2) / 5 + draw(0, 3));
        else if (mode == "zeros") v[i] = draw(0, 9) == 0 ? 0 : draw(5000, 10000);
        else if (mode == "small") v[i] = draw(0, 3);
        else v[i] = draw(0, 10000);
    }
    if (mode == "increasing") sort(v.begin(), v.end());
    if (mode == "decreasing") sort(v.rbegin(), v.rend());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
