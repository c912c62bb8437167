// Classic mistake: starts the answer at 1 without checking for an empty array.
class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        unordered_set<int> values(nums.begin(), nums.end());
        int best = 1;
        for (int x : values) {
            if (values.count(x - 1)) continue;
            int length = 1;
            while (values.count(x + length)) ++length;
            best = max(best, length);
        }
        return best;
    }
};
