// Correct, but a rewrite with a sorted vector.
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        vector<int> s = stones;
        sort(s.begin(), s.end());
        while (s.size() > 1) {
            int a = s.back(); s.pop_back();
            int b = s.back(); s.pop_back();
            if (a != b) s.insert(lower_bound(s.begin(), s.end(), a - b), a - b);
        }
        return s.empty() ? 0 : s[0];
    }
};
