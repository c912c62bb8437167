// Classic mistake: remembers absolute values (e.g. to index a table), so x and -x look like a repeat.
class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        unordered_set<int> seen;
        for (int x : nums)
            if (!seen.insert(abs(x)).second) return true;
        return false;
    }
};
