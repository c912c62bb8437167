// Mistake: swaps element i into position k and recurses, but never swaps it back, so later branches start from a scrambled array.
class Solution {
    vector<vector<int>> result;
    void go(vector<int>& a, size_t k) {
        if (k == a.size()) { result.push_back(a); return; }
        for (size_t i = k; i < a.size(); ++i) {
            swap(a[k], a[i]);
            go(a, k + 1);
        }
    }
public:
    vector<vector<int>> permute(vector<int>& nums) {
        result.clear();
        vector<int> a = nums;
        go(a, 0);
        return result;
    }
};
