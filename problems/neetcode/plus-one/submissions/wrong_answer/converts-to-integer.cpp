// Classic mistake: turns the digits into a 64-bit integer and back, which overflows for long inputs.
class Solution {
public:
    vector<int> plusOne(vector<int>& digits) {
        unsigned long long v = 0;
        for (int d : digits) v = v * 10 + d;
        ++v;
        vector<int> r;
        for (; v > 0; v /= 10) r.push_back(v % 10);
        reverse(r.begin(), r.end());
        return r;
    }
};
