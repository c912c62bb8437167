// Classic mistake: <= when comparing errors, so ties go to the last feature and the largest threshold.
class Solution {
    struct Node {
        int feature = -1;  // -1: leaf
        double threshold = 0, value = 0;
        int left = -1, right = -1;
    };
    vector<Node> tree;
    int d = 0, maxDepth = 0, minLeaf = 1;

    int build(const vector<vector<double>>& X, const vector<double>& y, vector<int>& idx, int depth) {
        int m = idx.size();
        double mean = 0;
        for (int i : idx) mean += y[i];
        mean /= m;
        int id = tree.size();
        tree.push_back(Node());
        tree[id].value = mean;
        if (depth >= maxDepth || m < 2 * minLeaf) return id;
        // Errors on targets centred at the node mean: the same splits, no cancellation.
        vector<double> c(m);
        double total = 0, sq = 0;
        for (int k = 0; k < m; ++k) c[k] = y[idx[k]] - mean, total += c[k], sq += c[k] * c[k];
        double bestErr = INFINITY, bestT = 0;
        int bestF = -1;
        vector<int> ord(m);
        for (int j = 0; j < d; ++j) {
            iota(ord.begin(), ord.end(), 0);
            sort(ord.begin(), ord.end(), [&](int a, int b) { return X[idx[a]][j] < X[idx[b]][j]; });
            double left = 0;
            for (int k = 1; k < m; ++k) {  // k samples on the left
                left += c[ord[k - 1]];
                if (k < minLeaf || m - k < minLeaf) continue;
                double lo = X[idx[ord[k - 1]]][j], hi = X[idx[ord[k]]][j];
                if (lo == hi) continue;
                double right = total - left;
                double err = sq - left * left / k - right * right / (m - k);
                if (err <= bestErr) bestErr = err, bestF = j, bestT = (lo + hi) / 2;
            }
        }
        if (bestF < 0) return id;
        vector<int> L, R;
        for (int i : idx) (X[i][bestF] <= bestT ? L : R).push_back(i);
        tree[id].feature = bestF, tree[id].threshold = bestT;
        int l = build(X, y, L, depth + 1);
        int r = build(X, y, R, depth + 1);
        tree[id].left = l, tree[id].right = r;
        return id;
    }

public:
    vector<double> regressionTreePredict(vector<vector<double>>& X, vector<double>& y, int maxDepth, int minSamplesLeaf, vector<vector<double>>& testX) {
        d = X[0].size(), this->maxDepth = maxDepth, minLeaf = minSamplesLeaf;
        tree.clear();
        vector<int> idx(X.size());
        iota(idx.begin(), idx.end(), 0);
        build(X, y, idx, 0);
        vector<double> out;
        out.reserve(testX.size());
        for (auto& row : testX) {
            int v = 0;
            while (tree[v].feature >= 0) v = row[tree[v].feature] <= tree[v].threshold ? tree[v].left : tree[v].right;
            out.push_back(tree[v].value);
        }
        return out;
    }
};
