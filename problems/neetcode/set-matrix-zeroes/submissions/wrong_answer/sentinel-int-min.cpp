// Classic mistake: marks cells to clear with a "never used" value (INT_MIN), but inputs may contain it.
class Solution {
public:
    void setZeroes(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size();
        const int MARK = INT_MIN;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (matrix[i][j] == 0) {
                    for (int k = 0; k < n; ++k) if (matrix[i][k] != 0) matrix[i][k] = MARK;
                    for (int k = 0; k < m; ++k) if (matrix[k][j] != 0) matrix[k][j] = MARK;
                }
        for (auto& row : matrix)
            for (int& x : row)
                if (x == MARK) x = 0;
    }
};
