// Classic mistake: greedily keeps the shortest intervals first; a short interval can block two longer ones.
class Solution {
public:
    int eraseOverlapIntervals(vector<vector<int>>& intervals) {
        vector<vector<int>> v = intervals;
        sort(v.begin(), v.end(), [](const vector<int>& a, const vector<int>& b) {
            return a[1] - a[0] != b[1] - b[0] ? a[1] - a[0] < b[1] - b[0] : a[0] < b[0];
        });
        map<int, int> kept;  // start -> end of kept, pairwise disjoint intervals
        int removed = 0;
        for (auto& iv : v) {
            int s = iv[0], e = iv[1];
            auto it = kept.lower_bound(s);  // first kept starting at or after s
            bool clash = (it != kept.end() && it->first < e);
            if (it != kept.begin() && prev(it)->second > s) clash = true;
            if (clash) ++removed;
            else kept[s] = e;
        }
        return removed;
    }
};
