class Solution {
    // Base-2 entropy from the counts of the labels present; the empty list has entropy 0.
    static double entropy(const vector<int>& v) {
        if (v.empty()) return 0.0;
        unordered_map<int, long long> count;
        count.reserve(v.size() * 2);
        for (int x : v) ++count[x];
        double n = v.size(), h = 0;
        for (auto& [label, c] : count) {
            double p = c / n;
            h -= p * log2(p);
        }
        return h;
    }

public:
    double informationGain(vector<int>& parent, vector<int>& left, vector<int>& right) {
        double n = parent.size();
        return entropy(parent) - (left.size() / n) * entropy(left) - (right.size() / n) * entropy(right);
    }
};
