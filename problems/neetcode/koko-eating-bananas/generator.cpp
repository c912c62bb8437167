// Koko tests: generator N SEED MODE H prints N piles and h (H = 0: h random in [N, 10^9]).
// maxpiles: every pile 10^9 (with H = N the answer is 10^9); random: piles in [1, 10^9];
// overflow: piles in [215000, 262142], so the hours at speed 1 exceed 2^31 while the answer
// is 3 (an l <= r search over [1, max pile] ends up probing speed 1); small: piles in
// [1, 100]; equal: all piles 720720 (many divisors), h = N * 720720 / d for a divisor
// d >= 8 of 720720, so the answer d divides every pile.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    long long h = atoll(argv[4]);
    auto draw = [&](long long a, long long b) { return (long long)uniform_int_distribution<long long>(a, b)(rng); };
    vector<int> v(n);
    for (int& x : v) {
        if (mode == "maxpiles") x = 1000000000;
        else if (mode == "overflow") x = draw(215000, 262142);
        else if (mode == "small") x = draw(1, 100);
        else if (mode == "equal") x = 720720;
        else x = draw(1, 1000000000);
    }
    if (mode == "equal") {
        vector<long long> divs;
        for (long long d = 8; d <= 720720; ++d)
            if (720720 % d == 0) divs.push_back(d);
        h = (long long)n * (720720 / divs[draw(0, (long long)divs.size() - 1)]);
    } else if (h == 0) h = draw(n, 1000000000);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%lld\n", w.str().c_str(), h);
}
