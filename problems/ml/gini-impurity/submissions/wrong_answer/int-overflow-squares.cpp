// Classic mistake: sums c*c in a 32-bit int, which overflows once a class has more than 46340 samples.
class Solution {
public:
    double giniImpurity(vector<int>& labels) {
        unordered_map<int, int> count;
        for (int v : labels) ++count[v];
        int n = labels.size();
        unsigned sq = 0;  // c * c wraps around modulo 2^32
        for (auto& [label, c] : count) sq += (unsigned)c * (unsigned)c;
        return 1.0 - (double)(int)sq / ((double)n * n);
    }
};
