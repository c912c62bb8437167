// Classic mistake: greedily pops the smallest balloon first, hoping big values stay as neighbours.
class Solution {
public:
    int maxCoins(vector<int>& nums) {
        vector<int> v = nums;
        int total = 0;
        while (!v.empty()) {
            int k = min_element(v.begin(), v.end()) - v.begin();
            int left = k > 0 ? v[k - 1] : 1, right = k + 1 < (int)v.size() ? v[k + 1] : 1;
            total += left * v[k] * right;
            v.erase(v.begin() + k);
        }
        return total;
    }
};
