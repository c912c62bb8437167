class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        // Deque of indices whose values decrease from front to back; the front is the maximum.
        int n = nums.size();
        vector<int> dq(n), res;
        res.reserve(n - k + 1);
        int head = 0, tail = 0;
        for (int i = 0; i < n; ++i) {
            while (tail > head && nums[dq[tail - 1]] <= nums[i]) --tail;
            dq[tail++] = i;
            if (dq[head] <= i - k) ++head;
            if (i >= k - 1) res.push_back(nums[dq[head]]);
        }
        return res;
    }
};
