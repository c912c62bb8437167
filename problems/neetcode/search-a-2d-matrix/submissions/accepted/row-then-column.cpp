// Two binary searches: the last row whose first value is <= target, then inside that row.
class Solution {
public:
    bool searchMatrix(vector<vector<int>>& matrix, int target) {
        int lo = 0, hi = (int)matrix.size() - 1, row = -1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            if (matrix[mid][0] <= target) { row = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (row < 0) return false;
        return binary_search(matrix[row].begin(), matrix[row].end(), target);
    }
};
