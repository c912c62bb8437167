// Long multiplication as taught: num1 times each digit of num2, shifted, added to a running sum.
class Solution {
    static string addStrings(const string& a, const string& b) {
        string r;
        int i = a.size() - 1, j = b.size() - 1, carry = 0;
        while (i >= 0 || j >= 0 || carry) {
            int s = carry;
            if (i >= 0) s += a[i--] - '0';
            if (j >= 0) s += b[j--] - '0';
            r += char('0' + s % 10);
            carry = s / 10;
        }
        reverse(r.begin(), r.end());
        return r;
    }
    static string timesDigit(const string& a, int d) {
        if (d == 0) return "0";
        string r;
        int carry = 0;
        for (int i = a.size() - 1; i >= 0; --i) {
            int p = (a[i] - '0') * d + carry;
            r += char('0' + p % 10);
            carry = p / 10;
        }
        if (carry) r += char('0' + carry);
        reverse(r.begin(), r.end());
        return r;
    }
public:
    string multiply(string num1, string num2) {
        if (num1 == "0" || num2 == "0") return "0";
        string sum = "0";
        int m = num2.size();
        for (int j = 0; j < m; ++j) {
            string part = timesDigit(num1, num2[j] - '0');
            if (part != "0") part += string(m - 1 - j, '0');
            sum = addStrings(sum, part);
        }
        return sum;
    }
};
