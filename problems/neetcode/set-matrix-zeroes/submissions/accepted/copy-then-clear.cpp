// Straightforward: scan an untouched copy for zeros, clear rows and columns in the original.
class Solution {
public:
    void setZeroes(vector<vector<int>>& matrix) {
        vector<vector<int>> orig = matrix;
        int m = matrix.size(), n = matrix[0].size();
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (orig[i][j] == 0) {
                    for (int k = 0; k < n; ++k) matrix[i][k] = 0;
                    for (int k = 0; k < m; ++k) matrix[k][j] = 0;
                }
    }
};
