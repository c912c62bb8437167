// Classic mistake: greedy; robs the richest remaining house and blocks its neighbours, repeatedly.
class Solution {
public:
    int rob(vector<int>& nums) {
        int n = nums.size(), total = 0;
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        stable_sort(order.begin(), order.end(), [&](int a, int b) { return nums[a] > nums[b]; });
        vector<bool> blocked(n, false);
        for (int i : order) {
            if (blocked[i]) continue;
            total += nums[i];
            blocked[i] = true;
            if (i > 0) blocked[i - 1] = true;
            if (i + 1 < n) blocked[i + 1] = true;
        }
        return total;
    }
};
