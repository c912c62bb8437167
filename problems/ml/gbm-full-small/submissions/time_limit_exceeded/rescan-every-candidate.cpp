// Naive: every candidate threshold rescans the node's samples to get both sides' means and errors (O(d * m^2) per node, every round).
class Solution {
    struct Node { int f = -1; double t = 0, v = 0; int l = -1, r = -1; };
    vector<Node> nodes;
    int grow(const vector<vector<double>>& X, const vector<double>& res, const vector<int>& rows, int depth, int maxDepth) {
        int m = rows.size(), d = X[0].size();
        double mean = 0;
        for (int i : rows) mean += res[i];
        mean /= m;
        int id = nodes.size();
        nodes.push_back(Node());
        nodes[id].v = mean;
        if (depth >= maxDepth) return id;
        double best = INFINITY, bt = 0;
        int bf = -1;
        for (int j = 0; j < d; ++j) {
            vector<double> vals;
            for (int i : rows) vals.push_back(X[i][j]);
            sort(vals.begin(), vals.end());
            vals.erase(unique(vals.begin(), vals.end()), vals.end());
            for (size_t k = 0; k + 1 < vals.size(); ++k) {
                double t = (vals[k] + vals[k + 1]) / 2, sl = 0, sr = 0;
                int nl = 0, nr = 0;
                for (int i : rows) {
                    if (X[i][j] <= t) sl += res[i], ++nl;
                    else sr += res[i], ++nr;
                }
                double ml = sl / nl, mr = sr / nr, err = 0;
                for (int i : rows) {
                    double e = res[i] - (X[i][j] <= t ? ml : mr);
                    err += e * e;
                }
                if (err < best) best = err, bf = j, bt = t;
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
    double value(const vector<double>& row) {
        int v = 0;
        while (nodes[v].f >= 0) v = row[nodes[v].f] <= nodes[v].t ? nodes[v].l : nodes[v].r;
        return nodes[v].v;
    }

public:
    vector<double> gbmPredict(vector<vector<double>>& X, vector<double>& y, int rounds, double lr, int maxDepth, vector<vector<double>>& testX) {
        int n = X.size();
        double base = 0;
        for (double v : y) base += v;
        base /= n;
        vector<double> F(n, base), G(testX.size(), base), res(n);
        vector<int> all(n);
        iota(all.begin(), all.end(), 0);
        for (int t = 0; t < rounds; ++t) {
            for (int i = 0; i < n; ++i) res[i] = y[i] - F[i];
            nodes.clear();
            grow(X, res, all, 0, maxDepth);
            for (int i = 0; i < n; ++i) F[i] += lr * value(X[i]);
            for (size_t k = 0; k < testX.size(); ++k) G[k] += lr * value(testX[k]);
        }
        return G;
    }
};
