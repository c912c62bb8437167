// Streaming (flash-attention style) softmax: one pass per row, rescaling the running sums when the max grows.
class Solution {
public:
    vector<vector<double>> attention(vector<vector<double>>& Q, vector<vector<double>>& K, vector<vector<double>>& V,
                                     vector<vector<int>>& mask) {
        size_t m = Q.size(), n = K.size(), dv = V[0].size();
        double root = sqrt((double)Q[0].size());
        vector<vector<double>> out(m, vector<double>(dv, 0.0));
        for (size_t i = 0; i < m; ++i) {
            double run = 0, mx = 0;
            bool any = false;
            vector<double> acc(dv, 0.0);
            for (size_t j = 0; j < n; ++j) {
                if (mask[i][j] == 0) continue;
                double s = inner_product(Q[i].begin(), Q[i].end(), K[j].begin(), 0.0) / root;
                if (!any || s > mx) {
                    double f = any ? exp(mx - s) : 0.0;
                    for (double& a : acc) a *= f;
                    run *= f;
                    mx = s;
                    any = true;
                }
                double w = exp(s - mx);
                run += w;
                for (size_t c = 0; c < dv; ++c) acc[c] += w * V[j][c];
            }
            if (any)
                for (size_t c = 0; c < dv; ++c) out[i][c] = acc[c] / run;
        }
        return out;
    }
};
