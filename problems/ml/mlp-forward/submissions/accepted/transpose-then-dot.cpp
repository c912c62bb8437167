// Transposes W1 and W2 first so every dot product runs over contiguous rows (inner_product).
class Solution {
    static vector<vector<double>> transpose(const vector<vector<double>>& m) {
        vector<vector<double>> t(m[0].size(), vector<double>(m.size()));
        for (size_t r = 0; r < m.size(); ++r)
            for (size_t c = 0; c < m[r].size(); ++c) t[c][r] = m[r][c];
        return t;
    }
public:
    vector<vector<double>> mlpForward(vector<vector<double>>& X, vector<vector<double>>& W1, vector<double>& b1,
                                      vector<vector<double>>& W2, vector<double>& b2) {
        auto T1 = transpose(W1), T2 = transpose(W2);  // T1: h x d, T2: k x h
        vector<vector<double>> out;
        out.reserve(X.size());
        vector<double> hid(b1.size());
        for (const auto& x : X) {
            for (size_t j = 0; j < hid.size(); ++j)
                hid[j] = max(0.0, inner_product(x.begin(), x.end(), T1[j].begin(), b1[j]));
            vector<double> o(b2.size());
            for (size_t c = 0; c < o.size(); ++c) o[c] = inner_product(hid.begin(), hid.end(), T2[c].begin(), b2[c]);
            out.push_back(move(o));
        }
        return out;
    }
};
