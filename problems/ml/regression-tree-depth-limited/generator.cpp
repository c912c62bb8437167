// Regression-tree tests: generator N D M MAXDEPTH MINLEAF SEED MODE.
// Targets follow a planted random tree one level deeper than maxDepth, plus noise.
// planted: features in [-1000, 1000] with 3 decimals; dup: integer features in [0, 30] (many
// duplicates; test values at thresholds); big: features and targets up to +-10^6; constant:
// every feature but one constant; pure: one target value.
// The data are redrawn until at every impure node of the tree the best split beats every split
// that partitions the samples differently by at least 2e-9 * sum(y^2) over the node (twice the
// statement's promise). Candidates within that margin that partition the samples the same way
// are interchangeable; each test row is redrawn until it takes the same path whichever of them,
// and whichever midpoint formula, is used.
typedef long double ld;
int n, d, m, maxDepth, minLeaf;
vector<vector<double>> X, TX;
vector<double> y;
vector<unsigned long long> key;
struct Alt { int f; double lo, hi; bool swapped; };
struct Node { int f = -1; double t = 0; bool pure = false; int l = -1, r = -1; vector<Alt> alts; };
vector<Node> tree;
mt19937_64 rng;
double uni(double a, double b) { return uniform_real_distribution<double>(a, b)(rng); }
int pick(int a, int b) { return uniform_int_distribution<int>(a, b)(rng); }
double r3(double v) { return round(v * 1000) / 1000; }

bool build(vector<int>& rows, int depth, int& out) {
    int cnt = rows.size();
    out = tree.size();
    tree.push_back(Node());
    if (depth >= maxDepth || cnt < 2 * minLeaf) return true;
    ld mean = 0, sumsq = 0;
    bool pure = true;
    for (int i : rows) mean += y[i], sumsq += (ld)y[i] * y[i], pure &= y[i] == y[rows[0]];
    mean /= cnt;
    vector<ld> c(n);
    ld total = 0, sq = 0;
    for (int i : rows) c[i] = y[i] - mean, total += c[i], sq += c[i] * c[i];
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
            if (k < minLeaf || cnt - k < minLeaf) continue;
            if (X[o[k - 1]][j] == X[o[k]][j]) continue;
            ld right = total - left;
            cands.push_back({sq - left * left / k - right * right / (cnt - k), j, X[o[k - 1]][j], X[o[k]][j], lk});
        }
    }
    if (cands.empty()) return true;
    int b = 0;
    for (int i = 1; i < (int)cands.size(); ++i)
        if (cands[i].err < cands[b].err) b = i;
    Cand best = cands[b];
    Node& nd = tree[out];
    nd.f = best.f, nd.t = (best.lo + best.hi) / 2, nd.pure = pure;
    if (!pure) {
        for (auto& cd : cands) {
            if (cd.err - best.err >= 2e-9L * sumsq) continue;
            bool same = cd.leftKey == best.leftKey, swapped = cd.leftKey == allKey - best.leftKey;
            if (!same && !swapped) return false;  // a different split within the margin
            nd.alts.push_back({cd.f, cd.lo, cd.hi, swapped && !same});
        }
    }
    vector<int> L, R;
    for (int i : rows) (X[i][nd.f] <= nd.t ? L : R).push_back(i);
    int l, r;
    if (!build(L, depth + 1, l)) return false;
    if (!build(R, depth + 1, r)) return false;
    tree[out].l = l, tree[out].r = r;
    return true;
}

bool routesClearly(const vector<double>& row) {
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
    n = atoi(argv[1]), d = atoi(argv[2]), m = atoi(argv[3]), maxDepth = atoi(argv[4]), minLeaf = atoi(argv[5]);
    rng.seed(atoll(argv[6]));
    string mode = argv[7];
    double lo = -1000, hi = 1000, amp = 100, noise = 0.5;
    if (mode == "dup") lo = 0, hi = 30;
    if (mode == "big") lo = -1e6, hi = 1e6, amp = 990000, noise = 2000;
    key.resize(n);
    for (auto& k : key) k = rng();
    for (int attempt = 0;; ++attempt) {
        X.assign(n, vector<double>(d));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) {
                if (mode == "dup") X[i][j] = pick(0, 30);
                else if (mode == "constant" && j != d - 1) X[i][j] = 17.5 * (j + 1);
                else X[i][j] = r3(uni(lo, hi));
            }
        // planted tree: heap-indexed, depth maxDepth + 1
        int D = maxDepth + 1, inner = (1 << D) - 1;
        vector<int> pf(inner);
        vector<double> pt(inner), leafv(1 << D);
        for (int v = 0; v < inner; ++v) {
            pf[v] = mode == "constant" ? d - 1 : pick(0, d - 1);
            pt[v] = X[pick(0, n - 1)][pf[v]];
        }
        for (double& v : leafv) v = r3(uni(-amp, amp));
        y.assign(n, 0);
        normal_distribution<double> g(0, noise);
        for (int i = 0; i < n; ++i) {
            int v = 0;
            while (v < inner) v = 2 * v + (X[i][pf[v]] <= pt[v] ? 1 : 2);
            y[i] = mode == "pure" ? 42.125 : min(1e6, max(-1e6, r3(leafv[v - inner] + g(rng))));
        }
        tree.clear();
        vector<int> rows(n);
        iota(rows.begin(), rows.end(), 0);
        int root;
        if (build(rows, 0, root)) break;
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
                    if (mode == "dup") row[j] = pick(-1, 62) / 2.0;  // integers and exact midpoints
                    else if (mode == "constant" && j != d - 1) row[j] = pick(0, 1) ? 17.5 * (j + 1) : r3(uni(lo, hi));
                    else row[j] = r3(uni(lo * 1.1, hi * 1.1)) + (pick(0, 1) ? 0.0002 : -0.0002);
                    row[j] = min(1e6, max(-1e6, row[j]));
                }
            }
            ok = routesClearly(row);
        }
        if (!ok) row = X[pick(0, n - 1)];
        TX.push_back(row);
    }
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, X);
    judge_rt::write(w2, y);
    judge_rt::write(w3, TX);
    printf("%s\n%s\n%d\n%d\n%s\n", w1.str().c_str(), w2.str().c_str(), maxDepth, minLeaf, w3.str().c_str());
}
