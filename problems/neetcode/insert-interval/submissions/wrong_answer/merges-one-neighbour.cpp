// Classic mistake: merges the new interval with the first interval it overlaps and stops, leaving later overlaps.
class Solution {
public:
    vector<vector<int>> insert(vector<vector<int>>& intervals, vector<int>& newInterval) {
        vector<vector<int>> out;
        bool done = false;
        for (auto& iv : intervals) {
            if (done || iv[1] < newInterval[0]) {
                out.push_back(iv);
            } else if (iv[0] > newInterval[1]) {
                out.push_back(newInterval);
                out.push_back(iv);
                done = true;
            } else {
                out.push_back({min(iv[0], newInterval[0]), max(iv[1], newInterval[1])});
                done = true;
            }
        }
        if (!done) out.push_back(newInterval);
        return out;
    }
};
