// Add Two Numbers tests: generator LEN1 LEN2 SEED MODE (digits least significant first).
// random: random digits; nines: every digit 9 (a carry out of every position);
// chain: l1 all nines and l2 starting with 1, so one carry runs through all of l1;
// nocarry: digit pairs that never sum past 9.
// The most significant digit (the last one) is never 0.
int main(int argc, char** argv) {
    int n1 = atoi(argv[1]), n2 = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> a(n1), b(n2);
    for (int& x : a) x = mode == "nines" || mode == "chain" ? 9 : draw(0, 9);
    for (int& x : b) x = mode == "nines" ? 9 : draw(0, 9);
    if (mode == "chain") b[0] = 1;
    if (mode == "nocarry")
        for (int i = 0; i < n1 && i < n2; ++i) b[i] = draw(0, 9 - a[i]);
    // No leading zeros; in nocarry mode keep the pair sum at most 9.
    if (n1 > 1 && a.back() == 0) {
        a.back() = 1;
        if (mode == "nocarry" && n1 <= n2) b[n1 - 1] = min(b[n1 - 1], 8);
    }
    if (n2 > 1 && b.back() == 0) {
        b.back() = 1;
        if (mode == "nocarry" && n2 <= n1) a[n2 - 1] = min(a[n2 - 1], 8);
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, a);
    judge_rt::write(w2, b);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
