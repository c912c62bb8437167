// Classic mistake: keeps splitting while depth <= maxDepth, so every tree is one level too deep.
class Solution {
    struct Node {
        int f = -1;  // -1: leaf
        double t = 0, v = 0;
        int l = -1, r = -1;
    };
    vector<Node> tree;
    int d = 0, maxDepth = 0;
    vector<char> goLeft;

    // lists[j] holds the node's samples sorted by feature j; r are the residuals being fitted.
    int build(const vector<vector<double>>& X, const vector<double>& r, vector<vector<int>>& lists, int depth, vector<double>& trainOut) {
        const vector<int>& rows = lists[0];
        int m = rows.size();
        double mean = 0;
        for (int i : rows) mean += r[i];
        mean /= m;
        int id = tree.size();
        tree.push_back(Node());
        tree[id].v = mean;
        int bf = -1;
        double bt = 0;
        if (depth <= maxDepth && m >= 2) {
            // Errors on residuals centred at the node mean (no cancellation), strict < keeps the
            // smallest feature, then the smallest threshold, on ties.
            double total = 0, sq = 0;
            for (int i : rows) total += r[i] - mean, sq += (r[i] - mean) * (r[i] - mean);
            double best = INFINITY;
            for (int j = 0; j < d; ++j) {
                const vector<int>& o = lists[j];
                double left = 0;
                for (int k = 1; k < m; ++k) {
                    left += r[o[k - 1]] - mean;
                    double lo = X[o[k - 1]][j], hi = X[o[k]][j];
                    if (lo == hi) continue;
                    double right = total - left;
                    double err = sq - left * left / k - right * right / (m - k);
                    if (err < best) best = err, bf = j, bt = (lo + hi) / 2;
                }
            }
        }
        if (bf < 0) {
            for (int i : rows) trainOut[i] = mean;
            return id;
        }
        for (int i : rows) goLeft[i] = X[i][bf] <= bt;
        vector<vector<int>> L(d), R(d);
        for (int j = 0; j < d; ++j)
            for (int i : lists[j]) (goLeft[i] ? L[j] : R[j]).push_back(i);
        tree[id].f = bf, tree[id].t = bt;
        int l = build(X, r, L, depth + 1, trainOut);
        int rr = build(X, r, R, depth + 1, trainOut);
        tree[id].l = l, tree[id].r = rr;
        return id;
    }

    double predict(const vector<double>& row) const {
        int v = 0;
        while (tree[v].f >= 0) v = row[tree[v].f] <= tree[v].t ? tree[v].l : tree[v].r;
        return tree[v].v;
    }

public:
    vector<double> gbmPredict(vector<vector<double>>& X, vector<double>& y, int rounds, double lr, int maxDepth, vector<vector<double>>& testX) {
        int n = X.size();
        d = X[0].size(), this->maxDepth = maxDepth;
        goLeft.assign(n, 0);
        vector<vector<int>> sorted(d, vector<int>(n));
        for (int j = 0; j < d; ++j) {
            iota(sorted[j].begin(), sorted[j].end(), 0);
            stable_sort(sorted[j].begin(), sorted[j].end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
        }
        double init = 0;
        for (double v : y) init += v;
        init /= n;
        vector<double> F(n, init), G(testX.size(), init), r(n), leaf(n);
        for (int round = 0; round < rounds; ++round) {
            for (int i = 0; i < n; ++i) r[i] = y[i] - F[i];
            tree.clear();
            vector<vector<int>> lists = sorted;
            build(X, r, lists, 0, leaf);
            for (int i = 0; i < n; ++i) F[i] += lr * leaf[i];
            for (size_t t = 0; t < testX.size(); ++t) G[t] += lr * predict(testX[t]);
        }
        return G;
    }
};
