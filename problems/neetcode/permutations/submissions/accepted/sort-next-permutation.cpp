// Sort first, then let next_permutation walk through all n! arrangements in lexicographic order.
class Solution {
public:
    vector<vector<int>> permute(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        vector<vector<int>> result;
        do result.push_back(a);
        while (next_permutation(a.begin(), a.end()));
        return result;
    }
};
