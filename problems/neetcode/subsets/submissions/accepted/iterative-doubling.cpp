// Start from {[]}; each new element doubles the list by adding a copy of every subset so far with the element appended.
class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<vector<int>> result = {{}};
        for (int x : nums) {
            size_t have = result.size();
            for (size_t i = 0; i < have; ++i) {
                result.push_back(result[i]);
                result.back().push_back(x);
            }
        }
        return result;
    }
};
