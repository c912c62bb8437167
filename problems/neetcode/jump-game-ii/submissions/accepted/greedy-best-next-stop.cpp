// Greedy by stops: from the current index, jump to the index j in range whose own reach j + nums[j] is largest.
class Solution {
public:
    int jump(vector<int>& nums) {
        int n = nums.size(), i = 0, jumps = 0;
        while (i < n - 1) {
            ++jumps;
            if (i + nums[i] >= n - 1) break;
            int next = i + 1;
            for (int j = i + 1; j <= i + nums[i]; ++j)
                if (j + nums[j] > next + nums[next]) next = j;
            i = next;
        }
        return jumps;
    }
};
