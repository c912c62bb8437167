// Staircase walk from the top-right corner: O(m + n), fine for 100 x 100.
class Solution {
public:
    bool searchMatrix(vector<vector<int>>& matrix, int target) {
        int r = 0, c = (int)matrix[0].size() - 1;
        while (r < (int)matrix.size() && c >= 0) {
            if (matrix[r][c] == target) return true;
            if (matrix[r][c] > target) --c;
            else ++r;
        }
        return false;
    }
};
