// 0/1 knapsack over sums up to total/2, sums updated from high to low (each element once).
class Solution {
public:
    bool canPartition(vector<int>& nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2) return false;
        int half = total / 2;
        vector<char> can(half + 1, 0);
        can[0] = 1;
        for (int x : nums)
            for (int s = half; s >= x; --s)
                if (can[s - x]) can[s] = 1;
        return can[half];
    }
};
