// Union every overlapping pair (O(n^2) = 5*10^7 checks at n = 10^4), then each component's
// smallest start and largest end form one merged interval.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        int n = intervals.size();
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        vector<int> s(n), e(n);
        for (int i = 0; i < n; ++i) s[i] = intervals[i][0], e[i] = intervals[i][1];
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if (s[i] <= e[j] && s[j] <= e[i]) unite(i, j);
        vector<int> lo(n, INT_MAX), hi(n, INT_MIN);
        for (int i = 0; i < n; ++i) {
            int r = find(i);
            lo[r] = min(lo[r], s[i]);
            hi[r] = max(hi[r], e[i]);
        }
        vector<vector<int>> out;
        for (int i = 0; i < n; ++i)
            if (find(i) == i) out.push_back({lo[i], hi[i]});
        return out;
    }

private:
    vector<int> parent;
    int find(int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};
