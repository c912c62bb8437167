// Mistake: runs next_permutation from the input order without sorting, so arrangements that sort before the input are never produced.
class Solution {
public:
    vector<vector<int>> permute(vector<int>& nums) {
        vector<int> a = nums;
        vector<vector<int>> result;
        do result.push_back(a);
        while (next_permutation(a.begin(), a.end()));
        return result;
    }
};
