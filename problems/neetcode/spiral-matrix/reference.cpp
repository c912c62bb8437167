class Solution {
public:
    vector<int> spiralOrder(vector<vector<int>>& matrix) {
        // Peel the matrix ring by ring with four shrinking bounds.
        int top = 0, bottom = matrix.size() - 1, left = 0, right = matrix[0].size() - 1;
        vector<int> out;
        out.reserve(matrix.size() * matrix[0].size());
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; ++j) out.push_back(matrix[top][j]);
            ++top;
            for (int i = top; i <= bottom; ++i) out.push_back(matrix[i][right]);
            --right;
            if (top <= bottom) {
                for (int j = right; j >= left; --j) out.push_back(matrix[bottom][j]);
                --bottom;
            }
            if (left <= right) {
                for (int i = bottom; i >= top; --i) out.push_back(matrix[i][left]);
                ++left;
            }
        }
        return out;
    }
};
