class Solution {
public:
    int maxCoins(vector<int>& nums) {
        // a = 1, nums..., 1. best[l][r]: most coins from popping every balloon strictly
        // between l and r, where k is the last one popped (its neighbours are then a[l], a[r]).
        int n = nums.size();
        vector<int> a(n + 2, 1);
        for (int i = 0; i < n; ++i) a[i + 1] = nums[i];
        vector<vector<int>> best(n + 2, vector<int>(n + 2, 0));
        for (int len = 2; len <= n + 1; ++len)
            for (int l = 0; l + len <= n + 1; ++l) {
                int r = l + len, top = 0;
                for (int k = l + 1; k < r; ++k)
                    top = max(top, best[l][k] + best[k][r] + a[l] * a[k] * a[r]);
                best[l][r] = top;
            }
        return best[0][n + 1];
    }
};
