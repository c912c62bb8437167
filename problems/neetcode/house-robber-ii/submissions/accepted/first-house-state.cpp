// One pass with four states: (house 0 robbed or not) x (current house robbed or not).
class Solution {
public:
    int rob(vector<int>& nums) {
        int n = nums.size();
        if (n == 1) return nums[0];
        const int NEG = -1000000;
        // take[f], skip[f]: best so far when house 0 was robbed (f = 1) or not (f = 0).
        int take[2] = {NEG, nums[0]}, skip[2] = {0, NEG};
        for (int i = 1; i < n; ++i)
            for (int f = 0; f < 2; ++f) {
                int t = skip[f] + nums[i];
                if (i == n - 1 && f == 1) t = NEG;  // the last house touches house 0
                skip[f] = max(skip[f], take[f]);
                take[f] = t;
            }
        return max({take[0], skip[0], take[1], skip[1]});
    }
};
