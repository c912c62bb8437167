// Swap each remaining element into position k, recurse on k+1, swap it back.
class Solution {
    vector<vector<int>> result;
    void go(vector<int>& a, size_t k) {
        if (k == a.size()) { result.push_back(a); return; }
        for (size_t i = k; i < a.size(); ++i) {
            swap(a[k], a[i]);
            go(a, k + 1);
            swap(a[k], a[i]);
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
