class Solution {
public:
    vector<vector<string>> partition(string s) {
        int n = s.size();
        // pal[i][j]: s[i..j] reads the same both ways; filled from short to long via i descending.
        pal.assign(n, vector<bool>(n, false));
        for (int i = n - 1; i >= 0; --i)
            for (int j = i; j < n; ++j)
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        result.clear();
        pieces.clear();
        cut(s, 0);
        return result;
    }

private:
    vector<vector<bool>> pal;
    vector<vector<string>> result;
    vector<string> pieces;
    void cut(const string& s, int start) {
        if (start == (int)s.size()) {
            result.push_back(pieces);
            return;
        }
        for (int end = start; end < (int)s.size(); ++end) {
            if (!pal[start][end]) continue;
            pieces.push_back(s.substr(start, end - start + 1));
            cut(s, end + 1);
            pieces.pop_back();
        }
    }
};
