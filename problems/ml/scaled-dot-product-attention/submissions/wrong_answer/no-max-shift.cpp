// Classic mistake: exponentiates the raw scores (no max shift), so exp overflows or underflows to inf/inf or 0/0.
class Solution {
public:
    vector<vector<double>> attention(vector<vector<double>>& Q, vector<vector<double>>& K, vector<vector<double>>& V,
                                     vector<vector<int>>& mask) {
        int m = Q.size(), n = K.size(), dk = Q[0].size(), dv = V[0].size();
        double scale = 1.0 / sqrt((double)dk);
        vector<vector<double>> out(m, vector<double>(dv, 0.0));
        vector<double> s(n);
        for (int i = 0; i < m; ++i) {
            double best = -numeric_limits<double>::infinity();
            for (int j = 0; j < n; ++j) {
                if (!mask[i][j]) continue;
                double dot = 0;
                for (int t = 0; t < dk; ++t) dot += Q[i][t] * K[j][t];
                s[j] = dot * scale;
                best = max(best, s[j]);
            }
            if (best == -numeric_limits<double>::infinity()) continue;  // fully masked row: zeros
            double total = 0;
            for (int j = 0; j < n; ++j) {
                if (!mask[i][j]) continue;
                double w = exp(s[j]);
                total += w;
                for (int c = 0; c < dv; ++c) out[i][c] += w * V[j][c];
            }
            for (int c = 0; c < dv; ++c) out[i][c] /= total;
        }
        return out;
    }
};
