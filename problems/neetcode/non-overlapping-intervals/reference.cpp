class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        // Keep intervals greedily in order of their end: the earliest end leaves the most room.
        vector<pair<int, int>> v;  // (end, start)
        v.reserve(intervals.size());
        for (auto& iv : intervals) v.push_back({iv[1], iv[0]});
        sort(v.begin(), v.end());
        int kept = 0;
        long long lastEnd = LLONG_MIN;
        for (auto& [e, s] : v)
            if (s >= lastEnd) {
                ++kept;
                lastEnd = e;
            }
        return (int)v.size() - kept;
    }
};
