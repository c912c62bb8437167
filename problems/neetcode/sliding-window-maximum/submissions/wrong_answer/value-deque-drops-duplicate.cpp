// Classic mistake: a deque of values that also pops EQUAL values from the back, then expires the front by value, losing a duplicate still in the window.
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        deque<int> dq;
        vector<int> res;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (i >= k && dq.front() == nums[i - k]) dq.pop_front();
            while (!dq.empty() && dq.back() <= nums[i]) dq.pop_back();  // should be <
            dq.push_back(nums[i]);
            if (i >= k - 1) res.push_back(dq.front());
        }
        return res;
    }
};
