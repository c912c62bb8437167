// Classic mistake: the global mean is the unweighted mean of the category means instead of the mean over rows.
class Solution {
public:
    vector<double> targetEncode(vector<string>& trainCats, vector<double>& trainY, vector<string>& testCats, double smoothing) {
        unordered_map<string, pair<double, int>> stats;
        for (size_t i = 0; i < trainCats.size(); ++i) {
            auto& s = stats[trainCats[i]];
            s.first += trainY[i], s.second += 1;
        }
        double global = 0;
        for (auto& [c, s] : stats) global += s.first / s.second;
        global /= stats.size();
        vector<double> out;
        for (const string& c : testCats) {
            auto it = stats.find(c);
            if (it == stats.end()) out.push_back(global);
            else out.push_back((it->second.first + smoothing * global) / (it->second.second + smoothing));
        }
        return out;
    }
};
