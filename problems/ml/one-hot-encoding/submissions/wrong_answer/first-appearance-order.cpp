// Classic mistake: columns in order of first appearance instead of sorted order.
class Solution {
public:
    vector<vector<int>> oneHot(vector<string>& values) {
        unordered_map<string, int> column;
        for (const string& v : values)
            if (!column.count(v)) column[v] = column.size();
        int k = column.size();
        vector<vector<int>> out(values.size(), vector<int>(k, 0));
        for (size_t i = 0; i < values.size(); ++i) out[i][column[values[i]]] = 1;
        return out;
    }
};
