// Classic mistake: a category never seen in training is encoded as 0 instead of the global mean.
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
            if (it == stats.end()) out.push_back(0.0);
            else out.push_back((it->second.first + smoothing * global) / (it->second.second + smoothing));
        }
        return out;
    }
};
