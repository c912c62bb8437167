// Brute force: from every value walk up while x + 1 is found by a linear search of the array, O(n^2) or worse.
class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        int best = 0;
        for (int x : nums) {
            long long cur = x;
            int length = 1;
            while (find(nums.begin(), nums.end(), cur + 1) != nums.end()) ++cur, ++length;
            best = max(best, length);
        }
        return best;
    }
};
