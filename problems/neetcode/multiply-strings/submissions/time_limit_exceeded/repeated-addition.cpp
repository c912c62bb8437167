// Brute force: adds num1 to a running sum num2 times; with a 200-digit num2 that is ~10^199 additions.
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
    static void decrement(string& s) {  // s > 0
        int i = s.size() - 1;
        while (s[i] == '0') s[i--] = '9';
        --s[i];
        if (s.size() > 1 && s[0] == '0') s.erase(0, 1);
    }
public:
    string multiply(string num1, string num2) {
        if (num1 == "0" || num2 == "0") return "0";
        string sum = "0";
        while (num2 != "0") {
            sum = addStrings(sum, num1);
            decrement(num2);
        }
        return sum;
    }
};
