// Classic mistake: the child weights |child| / |parent| in integer arithmetic are 0 unless the child is the whole parent.
class Solution {
    static double entropy(const vector<int>& v) {
        if (v.empty()) return 0.0;
        unordered_map<int, long long> count;
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
        int n = parent.size(), nl = left.size(), nr = right.size();
        return entropy(parent) - (nl / n) * entropy(left) - (nr / n) * entropy(right);
    }
};
