// gbm-full-small tests: generator N D M ROUNDS LR MAXDEPTH SEED MODE.
// Targets follow a planted random tree of depth 4 plus noise. planted: features in [-1000, 1000]
// (3 decimals), targets up to +-100; dup: integer features in [0, 20] (test values at
// thresholds); big: features and targets up to +-10^6; constant: all features but the last
// constant; smooth: y = sum of two features (no planted steps).
// Boosting is simulated in long double; the data are redrawn until, in every round, at every node
// whose residuals are not all equal, the best split beats every split that partitions the samples
// differently by at least 2e-9 * sum(r^2) over the node (twice the statement's promise).
// Candidates within the margin that partition the samples the same way are interchangeable; each
// test row is redrawn until it takes the same path in every tree whichever of them, and whichever
// midpoint formula, is used.
typedef long double ld;
int n, d, m, rounds, maxDepth;
vector<vector<double>> X, TX;
vector<unsigned long long> key;
struct Alt { int f; double lo, hi; bool swapped; };
struct Node { int f = -1; double t = 0; bool pure = false; int l = -1, r = -1; ld v = 0; vector<Alt> alts; };
vector<vector<Node>> forest;
mt19937_64 rng;
double uni(double a, double b) { return uniform_real_distribution<double>(a, b)(rng); }
int pick(int a, int b) { return uniform_int_distribution<int>(a, b)(rng); }
double r3(double v) { return round(v * 1000) / 1000; }

bool build(vector<Node>& tree, const vector<ld>& res, vector<int>& rows, int depth, int& out, vector<ld>& trainOut) {
    int cnt = rows.size();
    out = tree.size();
    tree.push_back(Node());
    ld mean = 0, sumsq = 0;
    bool pure = true;
    for (int i : rows) mean += res[i], sumsq += res[i] * res[i], pure &= res[i] == res[rows[0]];
    mean /= cnt;
    tree[out].v = mean;
    tree[out].pure = pure;
    auto leaf = [&]() { for (int i : rows) trainOut[i] = mean; return true; };
    if (depth >= maxDepth || cnt < 2) return leaf();
    vector<ld> c(n);
    ld total = 0, sq = 0;
    for (int i : rows) c[i] = res[i] - mean, total += c[i], sq += c[i] * c[i];
    unsigned long long allKey = 0;
    for (int i : rows) allKey += key[i];
    struct Cand { ld err; int f; double lo, hi; unsigned long long leftKey; };
    vector<Cand> cands;
    vector<int> o(rows);
    for (int j = 0; j < d; ++j) {
        sort(o.begin(), o.end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
        ld left = 0;
        unsigned long long lk = 0;
        for (int k = 1; k < cnt; ++k) {
            left += c[o[k - 1]], lk += key[o[k - 1]];
            if (X[o[k - 1]][j] == X[o[k]][j]) continue;
            ld right = total - left;
            cands.push_back({sq - left * left / k - right * right / (cnt - k), j, X[o[k - 1]][j], X[o[k]][j], lk});
        }
    }
    if (cands.empty()) return leaf();
    int b = 0;
    for (int i = 1; i < (int)cands.size(); ++i)
        if (cands[i].err < cands[b].err) b = i;
    Cand best = cands[b];
    tree[out].f = best.f, tree[out].t = (best.lo + best.hi) / 2;
    if (!pure) {
        for (auto& cd : cands) {
            if (cd.err - best.err >= 2e-9L * sumsq) continue;
            bool same = cd.leftKey == best.leftKey, swapped = cd.leftKey == allKey - best.leftKey;
            if (!same && !swapped) return false;
            tree[out].alts.push_back({cd.f, cd.lo, cd.hi, swapped && !same});
        }
    }
    vector<int> L, R;
    for (int i : rows) (X[i][tree[out].f] <= tree[out].t ? L : R).push_back(i);
    int l, r;
    if (!build(tree, res, L, depth + 1, l, trainOut)) return false;
    if (!build(tree, res, R, depth + 1, r, trainOut)) return false;
    tree[out].l = l, tree[out].r = r;
    return true;
}

bool routesClearly(const vector<Node>& tree, const vector<double>& row) {
    int v = 0;
    while (tree[v].f >= 0 && !tree[v].pure) {
        const Node& nd = tree[v];
        bool side = row[nd.f] <= nd.t;
        for (const Alt& a : nd.alts) {
            double mids[4] = {(a.lo + a.hi) / 2, a.lo + (a.hi - a.lo) / 2, a.hi - (a.hi - a.lo) / 2, 0.5 * a.lo + 0.5 * a.hi};
            for (double t : mids)
                if (((row[a.f] <= t) != a.swapped) != side) return false;
        }
        v = side ? nd.l : nd.r;
    }
    return true;
}

int main(int argc, char** argv) {
    n = atoi(argv[1]), d = atoi(argv[2]), m = atoi(argv[3]), rounds = atoi(argv[4]);
    double lr = atof(argv[5]);
    maxDepth = atoi(argv[6]);
    rng.seed(atoll(argv[7]));
    string mode = argv[8];
    double lo = -1000, hi = 1000, amp = 100, noise = 1;
    if (mode == "dup") lo = 0, hi = 20;
    if (mode == "big") lo = -1e6, hi = 1e6, amp = 9e5, noise = 5000;
    key.resize(n);
    for (auto& k : key) k = rng();
    vector<double> y(n);
    for (int attempt = 0;; ++attempt) {
        X.assign(n, vector<double>(d));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) {
                if (mode == "dup") X[i][j] = pick(0, 20);
                else if (mode == "constant" && j != d - 1) X[i][j] = -3.25 * (j + 1);
                else X[i][j] = r3(uni(lo, hi));
            }
        const int D = 4, inner = (1 << D) - 1;
        vector<int> pf(inner);
        vector<double> pt(inner), leafv(1 << D);
        for (int v = 0; v < inner; ++v) pf[v] = mode == "constant" ? d - 1 : pick(0, d - 1), pt[v] = X[pick(0, n - 1)][pf[v]];
        for (double& v : leafv) v = r3(uni(-amp, amp));
        normal_distribution<double> g(0, noise);
        for (int i = 0; i < n; ++i) {
            int v = 0;
            while (v < inner) v = 2 * v + (X[i][pf[v]] <= pt[v] ? 1 : 2);
            double target = mode == "smooth" ? X[i][0] / 10 + X[i][d - 1] / 20 : leafv[v - inner];
            y[i] = min(1e6, max(-1e6, r3(target + g(rng))));
        }
        forest.clear();
        ld init = 0;
        for (double v : y) init += v;
        init /= n;
        vector<ld> F(n, init), res(n), out(n);
        bool ok = true;
        for (int t = 0; t < rounds && ok; ++t) {
            for (int i = 0; i < n; ++i) res[i] = y[i] - F[i];
            forest.push_back({});
            vector<int> rows(n);
            iota(rows.begin(), rows.end(), 0);
            int root;
            ok = build(forest.back(), res, rows, 0, root, out);
            for (int i = 0; i < n; ++i) F[i] += lr * out[i];
        }
        if (ok) break;
        if (attempt > 300) return 1;
    }
    TX.clear();
    for (int r = 0; r < m; ++r) {
        vector<double> row(d);
        bool ok = false;
        for (int tries = 0; tries < 50 && !ok; ++tries) {
            if (pick(0, 2) == 0) {
                row = X[pick(0, n - 1)];
            } else {
                for (int j = 0; j < d; ++j) {
                    if (mode == "dup") row[j] = pick(-1, 42) / 2.0;  // integers and exact midpoints
                    else if (mode == "constant" && j != d - 1) row[j] = pick(0, 1) ? -3.25 * (j + 1) : r3(uni(lo, hi));
                    else row[j] = r3(uni(lo * 1.1, hi * 1.1)) + (pick(0, 1) ? 0.0002 : -0.0002);
                    row[j] = min(1e6, max(-1e6, row[j]));
                }
            }
            ok = true;
            for (auto& tree : forest) ok = ok && routesClearly(tree, row);
        }
        if (!ok) row = X[pick(0, n - 1)];
        TX.push_back(row);
    }
    judge_rt::Writer w1, w2, w3, w4, w5;
    judge_rt::write(w1, X);
    judge_rt::write(w2, y);
    judge_rt::write(w3, lr);
    judge_rt::write(w5, TX);
    printf("%s\n%s\n%d\n%s\n%d\n%s\n", w1.str().c_str(), w2.str().c_str(), rounds, w3.str().c_str(), maxDepth, w5.str().c_str());
}
