// Coin Change II tests: generator AMOUNT K SEED MODE [LO HI].
// even: K distinct even coins from [2, 2K] and an odd amount (AMOUNT - 1 if AMOUNT is even): the
//   answer is 0 while the counts of smaller even amounts are astronomically large;
// range: K distinct coins drawn from [LO, HI], then the smallest coin is dropped until the
//   answer fits in a signed 32-bit int (so the answer stays as large as possible);
// three: multiples of 3 from 3 up, plus one coin = 2 (mod 3), K coins in all.
static unsigned long long count_capped(int amount, const vector<int>& coins) {
    const unsigned long long cap = 1ULL << 31;
    vector<unsigned long long> w(amount + 1, 0);
    w[0] = 1;
    for (int c : coins)
        for (int a = c; a <= amount; ++a) w[a] = min(cap, w[a] + w[a - c]);
    return w[amount];
}
int main(int argc, char** argv) {
    int amount = atoi(argv[1]), k = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> coins;
    if (mode == "even") {
        for (int i = 1; i <= k; ++i) coins.push_back(2 * i);
        if (amount % 2 == 0) --amount;
    } else if (mode == "range") {
        int lo = atoi(argv[5]), hi = atoi(argv[6]);
        set<int> s;
        while ((int)s.size() < k) s.insert(draw(lo, hi));
        while (s.size() > 1 && count_capped(amount, vector<int>(s.begin(), s.end())) >= (1ULL << 31))
            s.erase(s.begin());
        coins.assign(s.begin(), s.end());
    } else if (mode == "three") {
        for (int i = 1; i < k; ++i) coins.push_back(3 * i);
        coins.push_back(4700);  // 5000 - 4700 = 300 is a multiple of 3
    }
    shuffle(coins.begin(), coins.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, coins);
    printf("%d\n%s\n", amount, w.str().c_str());
}
