// Classic mistake: ans[i] = ans[i / 2] + 1 adds a bit for every i, forgetting that even numbers end in 0.
class Solution {
public:
    vector<int> countBits(int n) {
        vector<int> ans(n + 1, 0);
        for (int i = 1; i <= n; ++i) ans[i] = ans[i / 2] + 1;
        return ans;
    }
};
