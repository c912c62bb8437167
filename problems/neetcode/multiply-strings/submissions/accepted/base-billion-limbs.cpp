// Cut both numbers into 9-digit limbs (base 10^9), multiply limb by limb in 64-bit, carry.
class Solution {
    static vector<long long> limbs(const string& s) {
        vector<long long> v;  // least significant limb first
        for (int end = s.size(); end > 0; end -= 9) {
            int begin = max(0, end - 9);
            v.push_back(stoll(s.substr(begin, end - begin)));
        }
        return v;
    }
public:
    string multiply(string num1, string num2) {
        const long long B = 1000000000;
        vector<long long> a = limbs(num1), b = limbs(num2);
        vector<long long> c(a.size() + b.size(), 0);
        for (size_t i = 0; i < a.size(); ++i) {
            long long carry = 0;
            for (size_t j = 0; j < b.size(); ++j) {
                long long cur = c[i + j] + a[i] * b[j] + carry;
                c[i + j] = cur % B;
                carry = cur / B;
            }
            for (size_t k = i + b.size(); carry; ++k) {
                long long cur = c[k] + carry;
                c[k] = cur % B;
                carry = cur / B;
            }
        }
        while (c.size() > 1 && c.back() == 0) c.pop_back();
        string res = to_string(c.back());
        for (int k = (int)c.size() - 2; k >= 0; --k) {
            string part = to_string(c[k]);
            res += string(9 - part.size(), '0') + part;
        }
        return res;
    }
};
