// No sorting: mark coverage on doubled coordinates (2s..2e) with a difference array, so that
// [1,2] and [3,4] keep the uncovered half-step 5 between them, then read off the covered runs.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        int maxEnd = 0;
        for (auto& iv : intervals) maxEnd = max(maxEnd, iv[1]);
        vector<int> diff(2 * maxEnd + 3, 0);
        for (auto& iv : intervals) {
            ++diff[2 * iv[0]];
            --diff[2 * iv[1] + 1];
        }
        vector<vector<int>> out;
        int cover = 0, start = -1;
        for (int x = 0; x <= 2 * maxEnd + 1; ++x) {
            cover += diff[x];
            if (cover > 0 && start < 0) start = x;
            if (cover == 0 && start >= 0) {
                out.push_back({start / 2, (x - 1) / 2});
                start = -1;
            }
        }
        return out;
    }
};
