// Sorts every feature once; each node keeps its samples in d sorted lists and hands them to its
// children with a stable partition. Errors from raw running sums: sum(y^2) - S_L^2/n_L - S_R^2/n_R.
class Solution {
    vector<int> feat, lc, rc;
    vector<double> thr, val;
    int d, maxDepth, minLeaf;
    vector<char> goLeft;

    int build(const vector<vector<double>>& X, const vector<double>& y, vector<vector<int>>& lists, int depth) {
        const vector<int>& rows = lists[0];
        int m = rows.size();
        double s = 0, sq = 0;
        for (int i : rows) s += y[i], sq += y[i] * y[i];
        int id = feat.size();
        feat.push_back(-1), lc.push_back(-1), rc.push_back(-1), thr.push_back(0), val.push_back(s / m);
        if (depth >= maxDepth || m < 2 * minLeaf) return id;
        double best = INFINITY, bt = 0;
        int bf = -1;
        for (int j = 0; j < d; ++j) {
            const vector<int>& o = lists[j];
            double sl = 0;
            for (int k = 1; k < m; ++k) {
                sl += y[o[k - 1]];
                if (k < minLeaf || m - k < minLeaf || X[o[k - 1]][j] == X[o[k]][j]) continue;
                double sr = s - sl;
                double err = sq - sl * sl / k - sr * sr / (m - k);
                if (err < best) best = err, bf = j, bt = (X[o[k - 1]][j] + X[o[k]][j]) / 2;
            }
        }
        if (bf < 0) return id;
        for (int i : rows) goLeft[i] = X[i][bf] <= bt;
        vector<vector<int>> L(d), R(d);
        for (int j = 0; j < d; ++j)
            for (int i : lists[j]) (goLeft[i] ? L[j] : R[j]).push_back(i);
        lists.clear();
        lists.shrink_to_fit();
        feat[id] = bf, thr[id] = bt;
        int l = build(X, y, L, depth + 1);
        int r = build(X, y, R, depth + 1);
        lc[id] = l, rc[id] = r;
        return id;
    }

public:
    vector<double> regressionTreePredict(vector<vector<double>>& X, vector<double>& y, int maxDepth, int minSamplesLeaf, vector<vector<double>>& testX) {
        int n = X.size();
        d = X[0].size(), this->maxDepth = maxDepth, minLeaf = minSamplesLeaf;
        goLeft.assign(n, 0);
        vector<vector<int>> lists(d, vector<int>(n));
        for (int j = 0; j < d; ++j) {
            iota(lists[j].begin(), lists[j].end(), 0);
            stable_sort(lists[j].begin(), lists[j].end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
        }
        build(X, y, lists, 0);
        vector<double> out;
        for (auto& row : testX) {
            int v = 0;
            while (feat[v] >= 0) v = row[feat[v]] <= thr[v] ? lc[v] : rc[v];
            out.push_back(val[v]);
        }
        return out;
    }
};
