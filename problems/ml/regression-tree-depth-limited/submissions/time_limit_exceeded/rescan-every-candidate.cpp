// Naive: for every feature and every candidate threshold, rescans the node's samples to compute both sides' errors (O(d * m^2) per node).
class Solution {
    struct Node { int f = -1; double t = 0, v = 0; int l = -1, r = -1; };
    vector<Node> nodes;
    int build(const vector<vector<double>>& X, const vector<double>& y, const vector<int>& rows, int depth, int maxDepth, int minLeaf) {
        int m = rows.size(), d = X[0].size();
        double mean = 0;
        for (int i : rows) mean += y[i];
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
                double t = (vals[k] + vals[k + 1]) / 2;
                double sl = 0, sr = 0;
                int nl = 0, nr = 0;
                for (int i : rows) {
                    if (X[i][j] <= t) sl += y[i], ++nl;
                    else sr += y[i], ++nr;
                }
                if (nl < minLeaf || nr < minLeaf) continue;
                double ml = sl / nl, mr = sr / nr, err = 0;
                for (int i : rows) {
                    double e = y[i] - (X[i][j] <= t ? ml : mr);
                    err += e * e;
                }
                if (err < best) best = err, bf = j, bt = t;
            }
        }
        if (bf < 0) return id;
        vector<int> L, R;
        for (int i : rows) (X[i][bf] <= bt ? L : R).push_back(i);
        nodes[id].f = bf, nodes[id].t = bt;
        int l = build(X, y, L, depth + 1, maxDepth, minLeaf);
        int r = build(X, y, R, depth + 1, maxDepth, minLeaf);
        nodes[id].l = l, nodes[id].r = r;
        return id;
    }

public:
    vector<double> regressionTreePredict(vector<vector<double>>& X, vector<double>& y, int maxDepth, int minSamplesLeaf, vector<vector<double>>& testX) {
        vector<int> rows(X.size());
        iota(rows.begin(), rows.end(), 0);
        build(X, y, rows, 0, maxDepth, minSamplesLeaf);
        vector<double> out;
        for (auto& row : testX) {
            int v = 0;
            while (nodes[v].f >= 0) v = row[nodes[v].f] <= nodes[v].t ? nodes[v].l : nodes[v].r;
            out.push_back(nodes[v].v);
        }
        return out;
    }
};
