// Count with a hash map, keep the k most frequent in a min-heap of (count, value): O(n log k).
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) ++count[x];
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        for (auto& [value, c] : count) {
            heap.push({c, value});
            if ((int)heap.size() > k) heap.pop();
        }
        vector<int> result;
        while (!heap.empty()) result.push_back(heap.top().second), heap.pop();
        return result;
    }
};
