// Brute force: takes std::max_element of every window, O(n * k); about 2.5 * 10^9 steps when k = n / 2.
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        vector<int> res;
        for (int i = 0; i + k <= (int)nums.size(); ++i)
            res.push_back(*max_element(nums.begin() + i, nums.begin() + i + k));
        return res;
    }
};
