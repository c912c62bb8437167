// Re-sort the stones before every smash: O(n^2 log n), tiny at n = 30.
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        vector<int> s = stones;
        while (s.size() > 1) {
            sort(s.begin(), s.end());
            int y = s.back(); s.pop_back();
            int x = s.back(); s.pop_back();
            if (y > x) s.push_back(y - x);
        }
        return s.empty() ? 0 : s[0];
    }
};
