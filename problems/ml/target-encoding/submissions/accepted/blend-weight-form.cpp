// The same estimate as a blend: w = n_c / (n_c + m), enc = w * mean_c + (1 - w) * g; unseen rows use w = 0.
class Solution {
public:
    vector<double> targetEncode(vector<string>& trainCats, vector<double>& trainY, vector<string>& testCats, double smoothing) {
        unordered_map<string, pair<double, double>> acc;  // category -> (sum, count)
        acc.reserve(trainCats.size());
        double g = 0;
        for (size_t i = 0; i < trainCats.size(); ++i) {
            auto& a = acc[trainCats[i]];
            a.first += trainY[i], a.second += 1;
            g += trainY[i];
        }
        g /= trainCats.size();
        vector<double> out(testCats.size());
        for (size_t i = 0; i < testCats.size(); ++i) {
            auto it = acc.find(testCats[i]);
            if (it == acc.end()) { out[i] = g; continue; }
            double cnt = it->second.second, meanC = it->second.first / cnt;
            double w = cnt / (cnt + smoothing);
            out[i] = w * meanC + (1 - w) * g;
        }
        return out;
    }
};
