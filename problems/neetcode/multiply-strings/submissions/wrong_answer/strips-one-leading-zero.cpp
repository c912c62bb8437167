// Classic mistake: removes a single leading zero from the (n + m)-digit result, so "0" x "52" gives "00".
class Solution {
public:
    string multiply(string num1, string num2) {
        int n = num1.size(), m = num2.size();
        vector<int> col(n + m, 0);
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j) {
                int s = col[i + j + 1] + (num1[i] - '0') * (num2[j] - '0');
                col[i + j + 1] = s % 10;
                col[i + j] += s / 10;
            }
        string res;
        for (int d : col) res += char('0' + d);
        if (res[0] == '0') res.erase(0, 1);
        return res;
    }
};
