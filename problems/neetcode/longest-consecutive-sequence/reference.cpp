class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        // Walk up only from the bottom of a run (x - 1 absent): O(n) overall.
        unordered_set<int> values(nums.begin(), nums.end());
        int best = 0;
        for (int x : values) {
            if (values.count(x - 1)) continue;  // x - 1 >= -10^9 - 1: no overflow
            int length = 1;
            while (values.count(x + length)) ++length;
            best = max(best, length);
        }
        return best;
    }
};
