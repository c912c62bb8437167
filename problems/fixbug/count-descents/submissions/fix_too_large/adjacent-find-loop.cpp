// Correct, but a rewrite with an index-free loop over neighbours.
class Solution {
public:
    int countDescents(vector<int>& nums) {
        int count = 0;
        for (auto it = nums.begin(); it != nums.end() && next(it) != nums.end(); ++it) count += *it > *next(it);
        return count;
    }
};
