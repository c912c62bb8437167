// Classic mistake: rechecks top <= bottom before the bottom row but not left <= right before the left column.
class Solution {
public:
    vector<int> spiralOrder(vector<vector<int>>& matrix) {
        int top = 0, bottom = matrix.size() - 1, left = 0, right = matrix[0].size() - 1;
        vector<int> out;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; ++j) out.push_back(matrix[top][j]);
            ++top;
            for (int i = top; i <= bottom; ++i) out.push_back(matrix[i][right]);
            --right;
            if (top <= bottom) {
                for (int j = right; j >= left; --j) out.push_back(matrix[bottom][j]);
                --bottom;
            }
            for (int i = bottom; i >= top; --i) out.push_back(matrix[i][left]);
            ++left;
        }
        return out;
    }
};
