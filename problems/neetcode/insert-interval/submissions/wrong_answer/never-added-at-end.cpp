// Classic mistake: the new interval is only emitted when a later interval is met, so it is lost when it goes last.
class Solution {
public:
    vector<vector<int>> insert(vector<vector<int>>& intervals, vector<int>& newInterval) {
        vector<vector<int>> out;
        vector<int> cur = newInterval;
        bool placed = false;
        for (auto& iv : intervals) {
            if (placed || iv[1] < cur[0]) {
                out.push_back(iv);
            } else if (iv[0] > cur[1]) {
                out.push_back(cur);
                out.push_back(iv);
                placed = true;
            } else {
                cur = {min(cur[0], iv[0]), max(cur[1], iv[1])};
            }
        }
        return out;
    }
};
