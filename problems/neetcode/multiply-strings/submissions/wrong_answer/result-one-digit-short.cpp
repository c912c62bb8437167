// Classic mistake: sizes the product for n + m - 1 digits, so the final carry out of the top column is lost.
class Solution {
public:
    string multiply(string num1, string num2) {
        int n = num1.size(), m = num2.size();
        vector<int> col(n + m - 1, 0);
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                col[i + j] += (num1[i] - '0') * (num2[j] - '0');
        for (int k = n + m - 2; k > 0; --k) {
            col[k - 1] += col[k] / 10;
            col[k] %= 10;
        }
        col[0] %= 10;
        int start = 0;
        while (start + 1 < n + m - 1 && col[start] == 0) ++start;
        string res;
        for (int k = start; k < n + m - 1; ++k) res += char('0' + col[k]);
        return res;
    }
};
