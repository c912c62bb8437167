// Classic mistake: fills the palindrome table with i ascending, so pal[i+1][j-1] is read before
// it is computed and every palindrome longer than two letters is missed.
class Solution {
public:
    vector<vector<string>> partition(string s) {
        int n = s.size();
        vector<vector<bool>> pal(n, vector<bool>(n, false));
        for (int i = 0; i < n; ++i)
            for (int j = i; j < n; ++j) pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        vector<vector<string>> out;
        vector<string> cur;
        function<void(int)> go = [&](int start) {
            if (start == n) { out.push_back(cur); return; }
            for (int end = start; end < n; ++end)
                if (pal[start][end]) {
                    cur.push_back(s.substr(start, end - start + 1));
                    go(end + 1);
                    cur.pop_back();
                }
        };
        go(0);
        return out;
    }
};
