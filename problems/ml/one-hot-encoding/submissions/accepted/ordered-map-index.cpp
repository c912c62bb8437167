// An ordered map assigns column numbers in sorted order after all values are inserted.
class Solution {
public:
    vector<vector<int>> oneHot(vector<string>& values) {
        map<string, int> column;
        for (const string& v : values) column[v] = 0;
        int k = 0;
        for (auto& [name, idx] : column) idx = k++;
        vector<vector<int>> out;
        out.reserve(values.size());
        for (const string& v : values) {
            vector<int> row(k, 0);
            row[column[v]] = 1;
            out.push_back(move(row));
        }
        return out;
    }
};
