// Classic mistake: sums over every class of the parent for the children too, so a class missing from a child (or an empty child) gives 0 * log2(0) = nan.
class Solution {
public:
    double informationGain(vector<int>& parent, vector<int>& left, vector<int>& right) {
        unordered_map<int, double> cp, cl, cr;
        for (int x : parent) cp[x]++;
        for (int x : left) cl[x]++;
        for (int x : right) cr[x]++;
        double n = parent.size(), hp = 0, hl = 0, hr = 0;
        for (auto& [k, c] : cp) {
            double a = c / n, b = cl[k] / left.size(), d = cr[k] / right.size();
            hp -= a * log2(a);
            hl -= b * log2(b);
            hr -= d * log2(d);
        }
        return hp - (left.size() / n) * hl - (right.size() / n) * hr;
    }
};
