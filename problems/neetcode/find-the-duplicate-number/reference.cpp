class Solution {
public:
    int findDuplicate(vector<int>& nums) {
        // i -> nums[i] is a function on 0..n; from 0 it runs into a cycle whose entrance is the
        // duplicate (two indices map there). Floyd: meet inside the cycle, then walk to its start.
        int slow = nums[0], fast = nums[nums[0]];
        while (slow != fast) {
            slow = nums[slow];
            fast = nums[nums[fast]];
        }
        slow = 0;
        while (slow != fast) {
            slow = nums[slow];
            fast = nums[fast];
        }
        return slow;
    }
};
