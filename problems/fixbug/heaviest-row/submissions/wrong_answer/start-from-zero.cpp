// Blames the start value: bestSum = 0 changes nothing while the assignment is shadowed.
class Solution {
public:
    int heaviestRow(vector<vector<int>>& grid) {
        long long bestSum = 0;
        int bestRow = 0;
        for (int r = 0; r < (int)grid.size(); ++r) {
            long long sum = 0;
            for (int x : grid[r]) sum += x;
            if (sum > bestSum) {
                bestSum = sum;
                int bestRow = r;
            }
        }
        return bestRow;
    }
};
