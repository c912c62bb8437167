// Classic mistake: moves to the next power of two only after using the old one, so every power of two (and what follows from it) is wrong.
class Solution {
public:
    vector<int> countBits(int n) {
        vector<int> ans(n + 1, 0);
        int p = 1;
        for (int i = 1; i <= n; ++i) {
            ans[i] = 1 + ans[i - p];
            if (p * 2 == i) p = i;
        }
        return ans;
    }
};
