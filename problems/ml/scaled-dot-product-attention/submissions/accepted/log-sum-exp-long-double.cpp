// Full score matrix, weights exp(s - logsumexp) per row, in long double.
class Solution {
public:
    vector<vector<double>> attention(vector<vector<double>>& Q, vector<vector<double>>& K, vector<vector<double>>& V,
                                     vector<vector<int>>& mask) {
        int m = Q.size(), n = K.size(), dk = Q[0].size(), dv = V[0].size();
        const long double NEG = -numeric_limits<long double>::infinity();
        vector<vector<long double>> S(m, vector<long double>(n, NEG));
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (mask[i][j]) {
                    long double d = 0;
                    for (int t = 0; t < dk; ++t) d += (long double)Q[i][t] * K[j][t];
                    S[i][j] = d / sqrtl(dk);
                }
        vector<vector<double>> out(m, vector<double>(dv, 0.0));
        for (int i = 0; i < m; ++i) {
            long double mx = *max_element(S[i].begin(), S[i].end());
            if (mx == NEG) continue;
            long double sum = 0;
            for (int j = 0; j < n; ++j) sum += expl(S[i][j] - mx);  // exp(-inf) = 0 for masked keys
            long double lse = mx + logl(sum);
            vector<long double> o(dv, 0);
            for (int j = 0; j < n; ++j) {
                if (!mask[i][j]) continue;
                long double w = expl(S[i][j] - lse);
                for (int c = 0; c < dv; ++c) o[c] += w * V[j][c];
            }
            for (int c = 0; c < dv; ++c) out[i][c] = (double)o[c];
        }
        return out;
    }
};
