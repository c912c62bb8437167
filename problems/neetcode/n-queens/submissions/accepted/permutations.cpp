// Try every permutation of columns (one queen per row and per column by construction) and
// keep those with no two queens on a diagonal: 9! = 362880 permutations at most.
class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        vector<int> col(n);
        iota(col.begin(), col.end(), 0);
        vector<vector<string>> out;
        do {
            bool ok = true;
            for (int i = 0; i < n && ok; ++i)
                for (int j = i + 1; j < n && ok; ++j)
                    if (abs(col[i] - col[j]) == j - i) ok = false;
            if (!ok) continue;
            vector<string> board(n, string(n, '.'));
            for (int r = 0; r < n; ++r) board[r][col[r]] = 'Q';
            out.push_back(board);
        } while (next_permutation(col.begin(), col.end()));
        return out;
    }
};
