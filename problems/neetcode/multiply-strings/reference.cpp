class Solution {
public:
    string multiply(string num1, string num2) {
        // Column sums of the paper method: digit i (from the left) of num1 times digit j of
        // num2 goes to column i + j + 1 of an (n + m)-digit product; then carry right to left.
        int n = num1.size(), m = num2.size();
        vector<int> col(n + m, 0);
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                col[i + j + 1] += (num1[i] - '0') * (num2[j] - '0');
        for (int k = n + m - 1; k > 0; --k) {
            col[k - 1] += col[k] / 10;
            col[k] %= 10;
        }
        int start = 0;
        while (start + 1 < n + m && col[start] == 0) ++start;
        string res;
        for (int k = start; k < n + m; ++k) res += char('0' + col[k]);
        return res;
    }
};
