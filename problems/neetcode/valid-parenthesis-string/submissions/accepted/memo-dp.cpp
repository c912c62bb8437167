// Memoised recursion on (index, open count): O(n^2) states, three choices for each '*'.
class Solution {
public:
    bool checkValidString(string s) {
        n = s.size();
        str = s;
        memo.assign(n + 1, vector<signed char>(n + 2, -1));
        return go(0, 0);
    }

private:
    int n;
    string str;
    vector<vector<signed char>> memo;
    bool go(int i, int open) {
        if (open < 0 || open > n - i) return false;  // negative, or too many to close
        if (i == n) return open == 0;
        signed char& m = memo[i][open];
        if (m >= 0) return m;
        bool r;
        if (str[i] == '(') r = go(i + 1, open + 1);
        else if (str[i] == ')') r = go(i + 1, open - 1);
        else r = go(i + 1, open + 1) || go(i + 1, open) || go(i + 1, open - 1);
        return m = r;
    }
};
