// Classic mistake: runs the min-heap room assignment in input order instead of by start time.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        priority_queue<int, vector<int>, greater<int>> busyUntil;
        for (auto& iv : intervals) {
            if (!busyUntil.empty() && busyUntil.top() <= iv[0]) busyUntil.pop();
            busyUntil.push(iv[1]);
        }
        return busyUntil.size();
    }
};
