// Classic mistake: sorts once and folds |current - next| down the list, never re-sorting the leftover piece.
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        vector<int> s = stones;
        sort(s.rbegin(), s.rend());
        int cur = s[0];
        for (int i = 1; i < (int)s.size(); ++i) cur = abs(cur - s[i]);
        return cur;
    }
};
