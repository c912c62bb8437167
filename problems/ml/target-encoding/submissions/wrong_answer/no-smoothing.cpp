// Classic mistake: ignores the smoothing and returns the plain category mean.
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
            out.push_back(it == stats.end() ? global : it->second.first / it->second.second);
        }
        return out;
    }
};
