// Classic mistake: picks the first row whose last value is > target (should be >=), skipping a match at a row's end.
class Solution {
public:
    bool searchMatrix(vector<vector<int>>& matrix, int target) {
        int m = matrix.size(), row = -1;
        for (int lo = 0, hi = m - 1; lo <= hi;) {
            int mid = (lo + hi) / 2;
            if (matrix[mid].back() > target) { row = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        if (row < 0) return false;
        return binary_search(matrix[row].begin(), matrix[row].end(), target);
    }
};
