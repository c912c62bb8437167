// Classic mistake: swaps the weights, (m * mean_c + n_c * g) / (n_c + m), so frequent categories shrink the most.
class Solution {
public:
    vector<double> targetEncode(vector<string>& trainCats, vector<double>& trainY, vector<string>& testCats, double smoothing) {
        unordered_map<string, pair<double, int>> stats;
        double total = 0;
        for (size_t i = 0; i < trainCats.size(); ++i) {
            auto& s = stats[trainCats[i]];
            s.first += trainY[i], s.second += 1;
            total += trainY[i];
        }
        double global = total / trainCats.size();
        vector<double> out;
        for (const string& c : testCats) {
            auto it = stats.find(c);
            if (it == stats.end()) { out.push_back(global); continue; }
            double cnt = it->second.second, meanC = it->second.first / cnt;
            out.push_back((smoothing * meanC + cnt * global) / (cnt + smoothing));
        }
        return out;
    }
};
