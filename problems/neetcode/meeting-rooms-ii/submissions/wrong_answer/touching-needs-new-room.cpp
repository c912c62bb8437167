// Classic mistake: a room is only reused if its meeting ended strictly before the new start (end == start counted as overlap).
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        priority_queue<int, vector<int>, greater<int>> busyUntil;
        for (auto& iv : intervals) {
            if (!busyUntil.empty() && busyUntil.top() < iv[0]) busyUntil.pop();
            busyUntil.push(iv[1]);
        }
        return busyUntil.size();
    }
};
