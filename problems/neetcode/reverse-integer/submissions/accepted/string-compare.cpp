// Reverse the digit string; a 10-digit result is compared as text with "2147483647" / "2147483648".
class Solution {
public:
    int reverse(int x) {
        bool negative = x < 0;
        string s = to_string(x);
        if (negative) s.erase(0, 1);
        std::reverse(s.begin(), s.end());
        size_t nz = s.find_first_not_of('0');
        s = nz == string::npos ? "0" : s.substr(nz);
        const string limit = negative ? "2147483648" : "2147483647";
        if (s.size() > limit.size() || (s.size() == limit.size() && s > limit)) return 0;
        int res = 0;
        for (char c : s) res = negative ? res * 10 - (c - '0') : res * 10 + (c - '0');
        return res;
    }
};
