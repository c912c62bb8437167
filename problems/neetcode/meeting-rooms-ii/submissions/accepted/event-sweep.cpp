// +1 at every start, -1 at every end; an end sorts before a start at the same time.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        vector<pair<int, int>> events;
        for (auto& iv : intervals) {
            events.push_back({iv[0], +1});
            events.push_back({iv[1], -1});
        }
        sort(events.begin(), events.end());  // (t, -1) before (t, +1)
        int cur = 0, best = 0;
        for (auto& [t, d] : events) best = max(best, cur += d);
        return best;
    }
};
