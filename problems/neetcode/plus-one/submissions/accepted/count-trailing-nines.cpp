// Count the trailing nines: they become zeros, the digit before them grows by one (or a new 1 appears).
class Solution {
public:
    vector<int> plusOne(vector<int>& digits) {
        int n = digits.size(), k = 0;
        while (k < n && digits[n - 1 - k] == 9) ++k;
        if (k == n) {
            vector<int> r(n + 1, 0);
            r[0] = 1;
            return r;
        }
        vector<int> r = digits;
        ++r[n - 1 - k];
        for (int i = n - k; i < n; ++i) r[i] = 0;
        return r;
    }
};
