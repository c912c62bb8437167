class Solution {
public:
    vector<int> plusOne(vector<int>& digits) {
        // Trailing nines become zeros; the first non-nine from the right takes the carry.
        vector<int> out = digits;
        for (int i = (int)out.size() - 1; i >= 0; --i) {
            if (out[i] < 9) {
                ++out[i];
                return out;
            }
            out[i] = 0;
        }
        out.insert(out.begin(), 1);  // all nines: 99...9 + 1 = 100...0
        return out;
    }
};
