// Hand of Straights tests: generator N SEED MODE K SPAN. Builds N/K groups of K consecutive
// values whose starts lie in [0, SPAN] (capped so that every value stays <= 10^9), then shuffles.
// yes: the groups as they are (true unless N is not a multiple of K: then N % K random cards
//   are added); off: one card moved up or down by one (usually false);
// missing: one card replaced by a copy of another card of its group (false).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = atoi(argv[4]);
    long long span = min(atoll(argv[5]), 1000000000LL - k + 1);
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<int> hand;
    for (int g = 0; g < n / k; ++g) {
        long long s = draw(0, span);
        for (int j = 0; j < k; ++j) hand.push_back(s + j);
    }
    while ((int)hand.size() < n) hand.push_back(draw(0, span));
    if (mode == "off") {
        int i = draw(0, hand.size() - 1);
        hand[i] = hand[i] == 0 ? 1 : hand[i] + (draw(0, 1) ? 1 : -1);
    } else if (mode == "missing") {
        int g = draw(0, n / k - 1), j = draw(1, k - 1);
        hand[g * k + j] = hand[g * k + j - 1];
    }
    shuffle(hand.begin(), hand.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, hand);
    printf("%s\n%d\n", w.str().c_str(), k);
}
