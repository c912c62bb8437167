// Classic mistake: collects the values in a std::set, so duplicates count once (k-th largest distinct value).
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        set<int, greater<int>> s(nums.begin(), nums.end());
        auto it = s.begin();
        for (int i = 1; i < k && next(it) != s.end(); ++i) ++it;
        return *it;
    }
};
