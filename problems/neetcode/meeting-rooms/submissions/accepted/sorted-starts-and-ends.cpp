// Sort start times and end times separately: the k-th meeting to start must begin no earlier
// than the (k-1)-th end time.
class Solution {
public:
    bool canAttendMeetings(vector<vector<int>>& intervals) {
        vector<int> starts, ends;
        for (auto& iv : intervals) starts.push_back(iv[0]), ends.push_back(iv[1]);
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        for (size_t k = 1; k < starts.size(); ++k)
            if (starts[k] < ends[k - 1]) return false;
        return true;
    }
};
