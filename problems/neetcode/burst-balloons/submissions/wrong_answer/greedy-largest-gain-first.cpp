// Classic mistake: greedily pops whichever balloon earns the most coins right now.
class Solution {
public:
    int maxCoins(vector<int>& nums) {
        vector<int> v = nums;
        int total = 0;
        while (!v.empty()) {
            int pick = 0, gain = -1;
            for (int k = 0; k < (int)v.size(); ++k) {
                int left = k > 0 ? v[k - 1] : 1, right = k + 1 < (int)v.size() ? v[k + 1] : 1;
                if (left * v[k] * right > gain) gain = left * v[k] * right, pick = k;
            }
            total += gain;
            v.erase(v.begin() + pick);
        }
        return total;
    }
};
