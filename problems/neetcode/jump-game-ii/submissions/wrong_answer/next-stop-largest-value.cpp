// Classic mistake: picks the next stop with the largest value nums[j] instead of the largest reach j + nums[j].
class Solution {
public:
    int jump(vector<int>& nums) {
        int n = nums.size(), i = 0, jumps = 0;
        while (i < n - 1) {
            ++jumps;
            if (i + nums[i] >= n - 1) break;
            int next = i + 1;
            for (int j = i + 1; j <= i + nums[i]; ++j)
                if (nums[j] > nums[next]) next = j;
            i = next;
        }
        return jumps;
    }
};
