// Classic mistake: clears a row and column as soon as it sees a zero, so the new zeros cascade over the matrix.
class Solution {
public:
    void setZeroes(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size();
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (matrix[i][j] == 0) {
                    for (int k = 0; k < n; ++k) matrix[i][k] = 0;
                    for (int k = 0; k < m; ++k) matrix[k][j] = 0;
                }
    }
};
