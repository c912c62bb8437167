// Brute force: compares every positive with every negative, O(P * N) = 2.5 * 10^9 pairs at n = 10^5.
class Solution {
public:
    double rocAuc(vector<int>& yTrue, vector<double>& scores) {
        vector<double> pos, neg;
        for (size_t i = 0; i < scores.size(); ++i) (yTrue[i] ? pos : neg).push_back(scores[i]);
        double wins = 0;
        for (double p : pos)
            for (double q : neg) {
                if (p > q) wins += 1;
                else if (p == q) wins += 0.5;
            }
        return wins / ((double)pos.size() * neg.size());
    }
};
