// generator N SEED MODE.
// balanced: a balance index in the middle part; trap: first an index whose
// two sides differ by exactly 2^32 (equal in 32-bit arithmetic), then a real
// balance index; trap-below: the same trap with the sides differing by -2^32;
// random: random values; all-max: every value 10^9 (the middle balances).
const long long B = 1000000000, W = 1LL << 32;
mt19937_64 rng;
long long pick(long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); }
// Adjust v[from, to) so it sums to `target`, keeping every value in [-B, B].
void set_sum(vector<long long>& v, int from, int to, long long target) {
    long long diff = target;
    for (int i = from; i < to; ++i) diff -= v[i];
    for (int i = to - 1; i >= from && diff != 0; --i) {
        long long d = max(-B - v[i], min(B - v[i], diff));
        v[i] += d, diff -= d;
    }
    if (diff != 0) { fprintf(stderr, "set_sum: unreachable target\n"); exit(1); }
}
long long sum(const vector<long long>& v, int from, int to) {
    long long s = 0;
    for (int i = from; i < to; ++i) s += v[i];
    return s;
}
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    rng.seed(atoll(argv[2]));
    string mode = argv[3];
    vector<long long> v(n);
    for (auto& x : v) x = mode == "all-max" ? B : pick(-B, B);
    if (mode == "balanced") {
        int p = pick(n / 4, 3 * n / 4);
        set_sum(v, p + 1, n, sum(v, 0, p));
    } else if (mode == "trap" || mode == "trap-below") {
        // The trap at q, the real balance at p > q: fix the right part of p
        // first, then the part between q and p so q's sides differ by 2^32.
        int q = pick(n / 8, n / 4), p = pick(n / 2, 3 * n / 4);
        long long gap = mode == "trap" ? W : -W;
        // Trap: A - (M + y + R) = gap; balance: A + x + M = R, with A the
        // sum before q, x = v[q], M the sum between, y = v[p], R the sum after
        // p. So M = -(gap + x + y) / 2 (y's parity adjusted), R = A + x + M.
        if ((gap + v[q] + v[p]) % 2 != 0) v[p] += v[p] < B ? 1 : -1;
        long long m = -(gap + v[q] + v[p]) / 2;
        set_sum(v, q + 1, p, m);
        set_sum(v, p + 1, n, sum(v, 0, q) + v[q] + m);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
