// Meetings by start time; a min-heap holds the end times of busy rooms, the earliest-free room is reused.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        priority_queue<int, vector<int>, greater<int>> busyUntil;
        for (auto& iv : intervals) {
            if (!busyUntil.empty() && busyUntil.top() <= iv[0]) busyUntil.pop();
            busyUntil.push(iv[1]);
        }
        return busyUntil.size();
    }
};
