// Classic mistake: entropy with the natural logarithm instead of log base 2.
class Solution {
    static double entropy(const vector<int>& v) {
        if (v.empty()) return 0.0;
        unordered_map<int, long long> count;
        for (int x : v) ++count[x];
        double n = v.size(), h = 0;
        for (auto& [label, c] : count) {
            double p = c / n;
            h -= p * log(p);
        }
        return h;
    }

public:
    double informationGain(vector<int>& parent, vector<int>& left, vector<int>& right) {
        double n = parent.size();
        return entropy(parent) - (left.size() / n) * entropy(left) - (right.size() / n) * entropy(right);
    }
};
