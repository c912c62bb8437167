// Builds the tree breadth-first with an explicit queue; errors as sum of squared deviations from
// each side's mean via long double running sums shifted by the node's first target.
class Solution {
public:
    vector<double> regressionTreePredict(vector<vector<double>>& X, vector<double>& y, int maxDepth, int minSamplesLeaf, vector<vector<double>>& testX) {
        int n = X.size(), d = X[0].size();
        struct Node { int f = -1; double t = 0, v = 0; int l = -1, r = -1; };
        vector<Node> nodes;
        struct Job { int node, depth; vector<int> rows; };
        deque<Job> q;
        nodes.push_back(Node());
        vector<int> all(n);
        iota(all.begin(), all.end(), 0);
        q.push_back({0, 0, all});
        while (!q.empty()) {
            Job job = move(q.front());
            q.pop_front();
            vector<int>& rows = job.rows;
            int m = rows.size();
            long double shift = y[rows[0]], s = 0, sq = 0;
            for (int i : rows) {
                long double v = y[i] - shift;
                s += v, sq += v * v;
            }
            nodes[job.node].v = (double)(shift + s / m);
            if (job.depth >= maxDepth || m < 2 * minSamplesLeaf) continue;
            long double best = INFINITY;
            int bf = -1;
            double bt = 0;
            vector<int> o(rows);
            for (int j = 0; j < d; ++j) {
                sort(o.begin(), o.end(), [&](int a, int b) { return X[a][j] < X[b][j]; });
                long double sl = 0, ql = 0;
                for (int k = 1; k < m; ++k) {
                    long double v = y[o[k - 1]] - shift;
                    sl += v, ql += v * v;
                    if (k < minSamplesLeaf || m - k < minSamplesLeaf) continue;
                    double a = X[o[k - 1]][j], b = X[o[k]][j];
                    if (a == b) continue;
                    long double sr = s - sl, qr = sq - ql;
                    long double err = (ql - sl * sl / k) + (qr - sr * sr / (m - k));
                    if (err < best) best = err, bf = j, bt = a + (b - a) / 2;
                }
            }
            if (bf < 0) continue;
            vector<int> L, R;
            for (int i : rows) (X[i][bf] <= bt ? L : R).push_back(i);
            int li = nodes.size();
            nodes.push_back(Node());
            nodes.push_back(Node());
            nodes[job.node].f = bf, nodes[job.node].t = bt, nodes[job.node].l = li, nodes[job.node].r = li + 1;
            q.push_back({li, job.depth + 1, move(L)});
            q.push_back({li + 1, job.depth + 1, move(R)});
        }
        vector<double> out;
        for (auto& row : testX) {
            int v = 0;
            while (nodes[v].f >= 0) v = row[nodes[v].f] <= nodes[v].t ? nodes[v].l : nodes[v].r;
            out.push_back(nodes[v].v);
        }
        return out;
    }
};
