// Fix: compare (-count, value) pairs lexicographically.
class Solution {
public:
    vector<int> frequencySort(vector<int>& nums) {
        unordered_map<int, int> count;
        for (int x : nums) ++count[x];
        sort(nums.begin(), nums.end(), [&](int a, int b) {
            return make_pair(-count[a], a) < make_pair(-count[b], b);
        });
        return nums;
    }
};
