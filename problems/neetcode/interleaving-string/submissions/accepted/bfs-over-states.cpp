// Breadth-first search over the (i, j) grid: from a reached state, step right or down when the letter matches.
class Solution {
public:
    bool isInterleave(string s1, string s2, string s3) {
        int n = s1.size(), m = s2.size();
        if (n + m != (int)s3.size()) return false;
        vector<vector<char>> seen(n + 1, vector<char>(m + 1, 0));
        queue<pair<int, int>> q;
        q.push({0, 0});
        seen[0][0] = 1;
        while (!q.empty()) {
            auto [i, j] = q.front();
            q.pop();
            if (i == n && j == m) return true;
            if (i < n && s1[i] == s3[i + j] && !seen[i + 1][j]) seen[i + 1][j] = 1, q.push({i + 1, j});
            if (j < m && s2[j] == s3[i + j] && !seen[i][j + 1]) seen[i][j + 1] = 1, q.push({i, j + 1});
        }
        return false;
    }
};
