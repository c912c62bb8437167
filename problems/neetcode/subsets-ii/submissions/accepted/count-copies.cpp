// Group equal values; for each distinct value choose how many copies (0..count) to take.
class Solution {
public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        map<int, int> count;
        for (int x : nums) ++count[x];
        vector<vector<int>> result = {{}};
        for (auto [value, c] : count) {
            size_t have = result.size();
            for (size_t i = 0; i < have; ++i) {
                vector<int> s = result[i];
                for (int k = 1; k <= c; ++k) {
                    s.push_back(value);
                    result.push_back(s);
                }
            }
        }
        return result;
    }
};
