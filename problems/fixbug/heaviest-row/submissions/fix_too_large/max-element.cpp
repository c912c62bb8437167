// Correct, but a rewrite: row sums, then the first maximum.
class Solution {
public:
    int heaviestRow(vector<vector<int>>& grid) {
        vector<long long> sums;
        for (const auto& row : grid) sums.push_back(accumulate(row.begin(), row.end(), 0LL));
        return max_element(sums.begin(), sums.end()) - sums.begin();
    }
};
