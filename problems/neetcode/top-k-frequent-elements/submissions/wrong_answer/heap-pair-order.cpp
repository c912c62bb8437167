// Classic mistake: pushes (value, count) into the max-heap, so it orders by value and returns the k largest values.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) ++count[x];
        priority_queue<pair<int, int>> heap;
        for (auto& [value, c] : count) heap.push({value, c});
        vector<int> result;
        for (int i = 0; i < k; ++i) result.push_back(heap.top().first), heap.pop();
        return result;
    }
};
