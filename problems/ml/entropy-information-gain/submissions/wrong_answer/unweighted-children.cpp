// Classic mistake: subtracts the plain average of the two children's entropies instead of weighting by their sizes.
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
        return entropy(parent) - (entropy(left) + entropy(right)) / 2;
    }
};
