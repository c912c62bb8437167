// Intervals from smallest to largest; each one answers every still-unanswered query it covers.
// A union-find "next unanswered" pointer over the sorted distinct query values skips answered ones.
class Solution {
public:
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        vector<int> vals(queries.begin(), queries.end());
        sort(vals.begin(), vals.end());
        vals.erase(unique(vals.begin(), vals.end()), vals.end());
        int m = vals.size();
        vector<int> nxt(m + 1), best(m, -1);
        iota(nxt.begin(), nxt.end(), 0);
        function<int(int)> find = [&](int x) {
            while (nxt[x] != x) { nxt[x] = nxt[nxt[x]]; x = nxt[x]; }
            return x;
        };
        vector<int> idx(intervals.size());
        iota(idx.begin(), idx.end(), 0);
        auto size = [&](int i) { return intervals[i][1] - intervals[i][0] + 1; };
        sort(idx.begin(), idx.end(), [&](int a, int b) { return size(a) < size(b); });
        for (int i : idx) {
            int lo = lower_bound(vals.begin(), vals.end(), intervals[i][0]) - vals.begin();
            for (int k = find(lo); k < m && vals[k] <= intervals[i][1]; k = find(k)) {
                best[k] = size(i);
                nxt[k] = k + 1;
            }
        }
        vector<int> ans(queries.size());
        for (size_t j = 0; j < queries.size(); ++j)
            ans[j] = best[lower_bound(vals.begin(), vals.end(), queries[j]) - vals.begin()];
        return ans;
    }
};
