// Correct, but a rewrite: sort the distinct values, then expand.
class Solution {
public:
    vector<int> frequencySort(vector<int>& nums) {
        map<int, int> count;
        for (int x : nums) ++count[x];
        vector<pair<int, int>> order;
        for (auto [value, c] : count) order.push_back({-c, value});
        sort(order.begin(), order.end());
        vector<int> out;
        for (auto [negc, value] : order) out.insert(out.end(), -negc, value);
        return out;
    }
};
