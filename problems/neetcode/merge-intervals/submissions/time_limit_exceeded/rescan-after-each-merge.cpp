// Brute force: find any overlapping pair, merge it, and start the search over from the
// beginning: each merge can cost O(n^2) pair checks, O(n^3) in the worst case.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        vector<vector<int>> v = intervals;
        bool merged = true;
        while (merged) {
            merged = false;
            for (size_t i = 0; i < v.size() && !merged; ++i)
                for (size_t j = i + 1; j < v.size(); ++j)
                    if (v[i][0] <= v[j][1] && v[j][0] <= v[i][1]) {
                        v[i] = {min(v[i][0], v[j][0]), max(v[i][1], v[j][1])};
                        v.erase(v.begin() + j);
                        merged = true;
                        break;
                    }
        }
        return v;
    }
};
