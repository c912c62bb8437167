// Divides each masked term by (1 - p) directly, with the p = 1 case handled by keep probability 0.
class Solution {
public:
    vector<vector<double>> dropout(vector<double>& x, vector<int>& mask, double p, vector<double>& upstream) {
        double keep = 1 - p;
        vector<vector<double>> out(2, vector<double>(x.size(), 0.0));
        if (keep == 0) return out;
        for (size_t i = 0; i < x.size(); ++i) {
            out[0][i] = x[i] * mask[i] / keep;
            out[1][i] = upstream[i] * mask[i] / keep;
        }
        return out;
    }
};
