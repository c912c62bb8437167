class Solution {
public:
    vector<double> targetEncode(vector<string>& trainCats, vector<double>& trainY, vector<string>& testCats, double smoothing) {
        int n = trainCats.size();
        unordered_map<string, pair<double, int>> stats;  // category -> (sum of targets, count)
        stats.reserve(2 * n);
        double total = 0;
        for (int i = 0; i < n; ++i) {
            auto& s = stats[trainCats[i]];
            s.first += trainY[i];
            s.second += 1;
            total += trainY[i];
        }
        double global = total / n;  // mean over rows, not over categories
        vector<double> out;
        out.reserve(testCats.size());
        for (const string& c : testCats) {
            auto it = stats.find(c);
            if (it == stats.end()) {
                out.push_back(global);  // unseen category
            } else {
                auto [sum, cnt] = it->second;
                out.push_back((sum + smoothing * global) / (cnt + smoothing));
            }
        }
        return out;
    }
};
