// Brute force: any reachable triplet is the maximum of at most three originals, so try every
// triple of triplets that stay within the target: O(n^3), hopeless at n = 10^5.
class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        vector<array<int, 3>> v;
        for (auto& t : triplets)
            if (t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2]) v.push_back({t[0], t[1], t[2]});
        int n = v.size();
        for (int i = 0; i < n; ++i)
            for (int j = i; j < n; ++j)
                for (int k = j; k < n; ++k) {
                    bool ok = true;
                    for (int c = 0; c < 3; ++c)
                        ok = ok && max(v[i][c], max(v[j][c], v[k][c])) == target[c];
                    if (ok) return true;
                }
        return false;
    }
};
