// Each round builds a fresh tree: every node sorts its rows per feature, long double running sums
// of the raw residuals; training and test rows are both routed through the tree.
class Solution {
    struct Node { int f = -1; double t = 0; long double v = 0; int l = -1, r = -1; };
    vector<Node> nodes;
    int grow(const vector<vector<double>>& X, const vector<long double>& res, vector<int> rows, int depth, int maxDepth) {
        int m = rows.size(), d = X[0].size();
        long double s = 0, q = 0;
        for (int i : rows) s += res[i], q += res[i] * res[i];
        int id = nodes.size();
        nodes.push_back(Node());
        nodes[id].v = s / m;
        if (depth == maxDepth) return id;
        long double best = INFINITY;
        int bf = -1;
        double bt = 0;
        for (int j = 0; j < d; ++j) {
            sort(rows.begin(), rows.end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
            long double sl = 0;
            for (int k = 1; k < m; ++k) {
                sl += res[rows[k - 1]];
                if (X[rows[k - 1]][j] == X[rows[k]][j]) continue;
                long double err = q - sl * sl / k - (s - sl) * (s - sl) / (m - k);
                if (err < best) best = err, bf = j, bt = (X[rows[k - 1]][j] + X[rows[k]][j]) / 2;
            }
        }
        if (bf < 0) return id;
        vector<int> L, R;
        for (int i : rows) (X[i][bf] <= bt ? L : R).push_back(i);
        nodes[id].f = bf, nodes[id].t = bt;
        int l = grow(X, res, L, depth + 1, maxDepth);
        int r = grow(X, res, R, depth + 1, maxDepth);
        nodes[id].l = l, nodes[id].r = r;
        return id;
    }
    long double value(const vector<double>& row) {
        int v = 0;
        while (nodes[v].f >= 0) v = row[nodes[v].f] <= nodes[v].t ? nodes[v].l : nodes[v].r;
        return nodes[v].v;
    }

public:
    vector<double> gbmPredict(vector<vector<double>>& X, vector<double>& y, int rounds, double lr, int maxDepth, vector<vector<double>>& testX) {
        int n = X.size();
        long double base = 0;
        for (double v : y) base += v;
        base /= n;
        vector<long double> F(n, base), G(testX.size(), base), res(n);
        vector<int> all(n);
        iota(all.begin(), all.end(), 0);
        while (rounds-- > 0) {
            for (int i = 0; i < n; ++i) res[i] = y[i] - F[i];
            nodes.clear();
            grow(X, res, all, 0, maxDepth);
            for (int i = 0; i < n; ++i) F[i] += lr * value(X[i]);
            for (size_t t = 0; t < testX.size(); ++t) G[t] += lr * value(testX[t]);
        }
        return vector<double>(G.begin(), G.end());
    }
};
