// Classic mistake: the transpose loop visits every (i, j) pair, so each pair is swapped twice and undone; only the row reversal remains.
class Solution {
public:
    void rotate(vector<vector<int>>& matrix) {
        int n = matrix.size();
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                if (i != j) swap(matrix[i][j], matrix[j][i]);
        for (auto& row : matrix) reverse(row.begin(), row.end());
    }
};
