// Classic mistake: loops over min(m, n) / 2 full rings only, forgetting the middle row or column left when min(m, n) is odd.
class Solution {
public:
    vector<int> spiralOrder(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size();
        vector<int> out;
        for (int k = 0; k < min(m, n) / 2; ++k) {
            int top = k, bottom = m - 1 - k, left = k, right = n - 1 - k;
            for (int j = left; j < right; ++j) out.push_back(matrix[top][j]);
            for (int i = top; i < bottom; ++i) out.push_back(matrix[i][right]);
            for (int j = right; j > left; --j) out.push_back(matrix[bottom][j]);
            for (int i = bottom; i > top; --i) out.push_back(matrix[i][left]);
        }
        return out;
    }
};
