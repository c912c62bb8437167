// Classic mistake: sorts descending and drops each element into the group with the smaller sum.
class Solution {
public:
    bool canPartition(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.rbegin(), a.rend());
        int x = 0, y = 0;
        for (int v : a) (x <= y ? x : y) += v;
        return x == y;
    }
};
