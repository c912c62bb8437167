// Take the top row, then turn the rest a quarter counter-clockwise so the next side is on top.
class Solution {
public:
    vector<int> spiralOrder(vector<vector<int>>& matrix) {
        vector<vector<int>> a = matrix;
        vector<int> out;
        while (!a.empty()) {
            out.insert(out.end(), a[0].begin(), a[0].end());
            int m = a.size() - 1, n = a[0].size();
            vector<vector<int>> b(n, vector<int>(m));
            for (int i = 0; i < m; ++i)
                for (int j = 0; j < n; ++j) b[n - 1 - j][i] = a[i + 1][j];
            if (m == 0) break;
            a = b;
        }
        return out;
    }
};
