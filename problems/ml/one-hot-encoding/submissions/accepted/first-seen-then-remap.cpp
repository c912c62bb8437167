// Numbers the categories by first appearance with a hash map, then remaps them through a sorted permutation.
class Solution {
public:
    vector<vector<int>> oneHot(vector<string>& values) {
        unordered_map<string, int> id;
        vector<string> names;
        vector<int> code(values.size());
        for (size_t i = 0; i < values.size(); ++i) {
            auto [it, inserted] = id.try_emplace(values[i], (int)names.size());
            if (inserted) names.push_back(values[i]);
            code[i] = it->second;
        }
        int k = names.size();
        vector<int> order(k), rank(k);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
        for (int t = 0; t < k; ++t) rank[order[t]] = t;
        vector<vector<int>> out(values.size(), vector<int>(k, 0));
        for (size_t i = 0; i < values.size(); ++i) out[i][rank[code[i]]] = 1;
        return out;
    }
};
