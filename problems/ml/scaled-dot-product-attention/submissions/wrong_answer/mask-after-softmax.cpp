// Classic mistake: softmax over all keys first, then zeroes the masked weights without renormalizing.
class Solution {
public:
    vector<vector<double>> attention(vector<vector<double>>& Q, vector<vector<double>>& K, vector<vector<double>>& V,
                                     vector<vector<int>>& mask) {
        int m = Q.size(), n = K.size(), dk = Q[0].size(), dv = V[0].size();
        vector<vector<double>> out(m, vector<double>(dv, 0.0));
        for (int i = 0; i < m; ++i) {
            vector<double> s(n);
            for (int j = 0; j < n; ++j) {
                double dot = 0;
                for (int t = 0; t < dk; ++t) dot += Q[i][t] * K[j][t];
                s[j] = dot / sqrt((double)dk);
            }
            double mx = *max_element(s.begin(), s.end()), total = 0;
            for (int j = 0; j < n; ++j) total += exp(s[j] - mx);
            for (int j = 0; j < n; ++j) {
                double w = mask[i][j] ? exp(s[j] - mx) / total : 0.0;
                for (int c = 0; c < dv; ++c) out[i][c] += w * V[j][c];
            }
        }
        return out;
    }
};
