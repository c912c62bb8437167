// Brute force: for every query, scan every interval; O(n * q) = 10^10 steps at the limits.
class Solution {
public:
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        vector<int> ans;
        for (int q : queries) {
            int best = -1;
            for (auto& it : intervals)
                if (it[0] <= q && q <= it[1]) {
                    int s = it[1] - it[0] + 1;
                    if (best == -1 || s < best) best = s;
                }
            ans.push_back(best);
        }
        return ans;
    }
};
