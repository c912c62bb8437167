// Coin Change tests: generator AMOUNT SEED MODE.
// small: 12 distinct coins in [1, 60]; medium: 1..12 distinct coins in [2, 5000];
// greedy: 3..12 coins without 1 where largest-coin-first gives a different answer than the optimum;
// even: 12 even coins (some huge), so an odd amount is impossible;
// huge: INT_MAX, 2^31 - 2 and other coins near 2^31 plus a few small ones;
// coprime: two coprime coins near 100, many coins needed.
int main(int argc, char** argv) {
    int amount = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    auto distinct = [&](int k, long long lo, long long hi) {
        set<long long> s;
        while ((int)s.size() < k) s.insert(draw(lo, hi));
        vector<long long> v(s.begin(), s.end());
        shuffle(v.begin(), v.end(), rng);
        return v;
    };
    auto optimum = [&](const vector<long long>& cs) {
        vector<int> best(amount + 1, amount + 1);
        best[0] = 0;
        for (int a = 1; a <= amount; ++a)
            for (long long c : cs) if (c <= a) best[a] = min(best[a], best[a - c] + 1);
        return best[amount] > amount ? -1 : best[amount];
    };
    auto greedy = [&](vector<long long> cs) {
        sort(cs.rbegin(), cs.rend());
        long long left = amount, n = 0;
        for (long long c : cs) n += left / c, left %= c;
        return left ? -1 : (int)n;
    };
    vector<long long> coins;
    if (mode == "small") coins = distinct(12, 1, 60);
    else if (mode == "medium") coins = distinct((int)draw(1, 12), 2, 5000);
    else if (mode == "greedy") {
        do coins = distinct((int)draw(3, 12), 2, 3000); while (greedy(coins) == optimum(coins));
    } else if (mode == "even") {
        auto small = distinct(8, 1, 2000);
        auto big = distinct(4, 1, 1073741823);
        for (auto x : small) coins.push_back(2 * x);
        for (auto x : big) coins.push_back(2 * x);
        shuffle(coins.begin(), coins.end(), rng);
    } else if (mode == "huge") {
        coins = {2147483647LL, 2147483646LL};
        for (auto x : distinct(7, 2000000000LL, 2147483645LL)) coins.push_back(x);
        for (auto x : distinct(3, 3, 997)) coins.push_back(x);
        shuffle(coins.begin(), coins.end(), rng);
    } else if (mode == "coprime") {
        long long a = draw(90, 110), b;
        do b = draw(90, 130); while (b == a || __gcd(a, b) != 1);
        coins = {a, b};
    }
    judge_rt::Writer w;
    judge_rt::write(w, coins);
    printf("%s\n%d\n", w.str().c_str(), amount);
}
