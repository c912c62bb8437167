// Gas Station tests: generator N SEED MODE. Works on d[i] = gas[i] - cost[i], then splits each d
// into a random (gas, cost) pair within 0..10^4.
// With an answer a and total T >= 0, the partial sums of the trip that starts at a stay strictly
// above T until the last step brings them back to T; then a is the only start that works.
// late: a = n-1, and the trip rises by small steps, then drops in the last 40 steps, so a
//   start-by-start simulation runs almost to the end from every start;
// random: random a, random steps; zerototal: like random with T = 0 and steps within +-3000;
// shortbyone: random steps, total exactly -1 (answer -1);
// shortlate: the rise-then-drop trip from station 0 with total -1 (answer -1, long simulations);
// first: a = 0; large: random a, and every gas/cost pair lifted towards 10^4.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const long long M = 10000;
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<long long> d(n);
    auto place = [&](int a, const vector<long long>& seq) {
        for (int k = 0; k < n; ++k) d[(a + k) % n] = seq[k];
    };
    // A trip of steps within [-w, w]: partial sums > T before the last step, total T.
    auto walk = [&](long long T, long long w) {
        vector<long long> seq(n);
        long long s = 0;
        for (int k = 0; k + 1 < n; ++k) {
            long long room = w * (n - 1 - k);  // how far the remaining steps can still come down
            seq[k] = draw(max(-w, T + 1 - s), min(w, T + room - s));
            s += seq[k];
        }
        seq[n - 1] = T - s;
        return seq;
    };
    // Small rises, then 40 equal drops (each under 10^4) back to the total T.
    auto riseThenDrop = [&](long long T) {
        const int D = min(40, n / 2);
        vector<long long> seq;
        long long s = 0;
        for (int k = 0; k < n - D; ++k) {
            seq.push_back(k == 0 ? max(0LL, T) + draw(1, 3) : draw(1, 3));
            s += seq.back();
        }
        long long need = s - T;
        for (int j = 0; j < D; ++j) seq.push_back(-(need / D + (j < need % D)));
        return seq;
    };
    if (mode == "late") place(n - 1, riseThenDrop(draw(0, 5)));
    else if (mode == "shortlate") place(0, riseThenDrop(-1));
    else if (mode == "random") place(draw(0, n - 1), walk(draw(0, 1000), M));
    else if (mode == "zerototal") place(draw(0, n - 1), walk(0, 3000));
    else if (mode == "first") place(0, walk(draw(0, 100), M));
    else if (mode == "large") place(draw(0, n - 1), walk(draw(0, 100), M));
    else {  // shortbyone
        long long s = 0;
        for (auto& x : d) s += (x = draw(-M, M));
        for (int i = 0; s != -1; i = (i + 1) % n) {  // move the total to exactly -1
            long long want = max(-M, min(M, d[i] - (s + 1)));
            s += want - d[i];
            d[i] = want;
        }
    }
    vector<int> gas(n), cost(n);
    for (int i = 0; i < n; ++i) {
        if (d[i] >= 0) cost[i] = draw(0, M - d[i]), gas[i] = cost[i] + d[i];
        else gas[i] = draw(0, M + d[i]), cost[i] = gas[i] - d[i];
        if (mode == "large") {  // lift the pair towards the top of the range
            int lift = draw(0, M - max(gas[i], cost[i]));
            gas[i] += lift, cost[i] += lift;
        }
    }
    judge_rt::Writer wg, wc;
    judge_rt::write(wg, gas);
    judge_rt::write(wc, cost);
    printf("%s\n", wg.str().c_str());
    printf("%s\n", wc.str().c_str());
}
