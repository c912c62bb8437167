// Append the new interval, sort everything by start, and merge in one sweep: O(n log n).
class Solution {
public:
    vector<vector<int>> insert(vector<vector<int>>& intervals, vector<int>& newInterval) {
        vector<vector<int>> all = intervals;
        all.push_back(newInterval);
        sort(all.begin(), all.end());
        vector<vector<int>> out;
        for (auto& iv : all) {
            if (!out.empty() && iv[0] <= out.back()[1]) out.back()[1] = max(out.back()[1], iv[1]);
            else out.push_back(iv);
        }
        return out;
    }
};
