// Ordered multiset of the window's values: O(n log k).
class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        multiset<int> win;
        vector<int> res;
        for (int i = 0; i < (int)nums.size(); ++i) {
            win.insert(nums[i]);
            if (i >= k) win.erase(win.find(nums[i - k]));
            if (i >= k - 1) res.push_back(*win.rbegin());
        }
        return res;
    }
};
