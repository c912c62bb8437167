// Correct, but a rewrite: one pass with a set of cents.
class Solution {
public:
    bool hasPairWithTotal(vector<double>& prices, double target) {
        long long want = llround(target * 100);
        unordered_set<long long> seen;
        for (double p : prices) {
            long long c = llround(p * 100);
            if (seen.count(want - c)) return true;
            seen.insert(c);
        }
        return false;
    }
};
