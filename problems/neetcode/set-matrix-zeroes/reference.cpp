class Solution {
public:
    void setZeroes(vector<vector<int>>& matrix) {
        // O(1) extra space: the first row marks columns to clear, the first column marks rows;
        // firstColZero remembers column 0 itself, since matrix[0][0] already stands for row 0.
        int m = matrix.size(), n = matrix[0].size();
        bool firstColZero = false;
        for (int i = 0; i < m; ++i) {
            if (matrix[i][0] == 0) firstColZero = true;
            for (int j = 1; j < n; ++j)
                if (matrix[i][j] == 0) matrix[i][0] = matrix[0][j] = 0;
        }
        for (int i = 1; i < m; ++i)
            for (int j = 1; j < n; ++j)
                if (matrix[i][0] == 0 || matrix[0][j] == 0) matrix[i][j] = 0;
        if (matrix[0][0] == 0)
            for (int j = 0; j < n; ++j) matrix[0][j] = 0;
        if (firstColZero)
            for (int i = 0; i < m; ++i) matrix[i][0] = 0;
    }
};
