// Classic mistake: picks the first row whose first value is >= target instead of the last row starting <= target.
class Solution {
public:
    bool searchMatrix(vector<vector<int>>& matrix, int target) {
        int m = matrix.size(), row = m - 1;
        for (int lo = 0, hi = m - 1; lo <= hi;) {
            int mid = (lo + hi) / 2;
            if (matrix[mid][0] >= target) { row = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return binary_search(matrix[row].begin(), matrix[row].end(), target);
    }
};
