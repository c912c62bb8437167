// Sorts each list and uses H = log2(n) - (1/n) * sum(c * log2 c) over runs of equal labels.
class Solution {
    static double entropy(vector<int> v) {
        if (v.empty()) return 0.0;
        sort(v.begin(), v.end());
        double n = v.size(), s = 0;
        for (size_t i = 0; i < v.size();) {
            size_t j = i;
            while (j < v.size() && v[j] == v[i]) ++j;
            double c = j - i;
            s += c * log2(c);
            i = j;
        }
        return log2(n) - s / n;
    }

public:
    double informationGain(vector<int>& parent, vector<int>& left, vector<int>& right) {
        double n = parent.size();
        return entropy(parent) - (left.size() / n) * entropy(left) - (right.size() / n) * entropy(right);
    }
};
