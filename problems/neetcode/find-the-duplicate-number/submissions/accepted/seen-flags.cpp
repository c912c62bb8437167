// One boolean per value: O(n) time, O(n) memory (fine on LeetCode, though not the O(1) follow-up).
class Solution {
public:
    int findDuplicate(vector<int>& nums) {
        vector<bool> seen(nums.size());
        for (int x : nums) {
            if (seen[x]) return x;
            seen[x] = true;
        }
        return -1;
    }
};
