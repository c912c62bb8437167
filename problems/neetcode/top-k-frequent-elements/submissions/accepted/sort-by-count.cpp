// Sort a copy, count runs, then sort the (count, value) pairs by count: O(n log n).
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        vector<pair<int, int>> runs;  // (count, value)
        for (size_t i = 0; i < v.size();) {
            size_t j = i;
            while (j < v.size() && v[j] == v[i]) ++j;
            runs.push_back({(int)(j - i), v[i]});
            i = j;
        }
        sort(runs.rbegin(), runs.rend());
        vector<int> result;
        for (int i = 0; i < k; ++i) result.push_back(runs[i].second);
        return result;
    }
};
