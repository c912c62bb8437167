// Brute force: the last-popped recursion without a memo; the calls grow like 3^n, hopeless at n = 300.
class Solution {
    vector<int> a;
    int solve(int l, int r) {
        int best = 0;
        for (int k = l + 1; k < r; ++k)
            best = max(best, solve(l, k) + solve(k, r) + a[l] * a[k] * a[r]);
        return best;
    }
public:
    int maxCoins(vector<int>& nums) {
        a.assign(1, 1);
        a.insert(a.end(), nums.begin(), nums.end());
        a.push_back(1);
        return solve(0, a.size() - 1);
    }
};
