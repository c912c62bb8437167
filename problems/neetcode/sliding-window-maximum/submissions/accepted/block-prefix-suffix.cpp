// Split into blocks of k: each window is a suffix of one block plus a prefix of the next, O(n).
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        int n = nums.size();
        vector<int> pre(n), suf(n), res;
        for (int i = 0; i < n; ++i) pre[i] = i % k == 0 ? nums[i] : max(pre[i - 1], nums[i]);
        for (int i = n - 1; i >= 0; --i) suf[i] = (i == n - 1 || (i + 1) % k == 0) ? nums[i] : max(suf[i + 1], nums[i]);
        for (int i = 0; i + k <= n; ++i) res.push_back(max(suf[i], pre[i + k - 1]));
        return res;
    }
};
