// General schoolbook addition with a carry, on the reversed digits.
class Solution {
public:
    vector<int> plusOne(vector<int>& digits) {
        vector<int> r(digits.rbegin(), digits.rend());
        int carry = 1;
        for (int& d : r) {
            int s = d + carry;
            d = s % 10;
            carry = s / 10;
        }
        if (carry) r.push_back(carry);
        return vector<int>(r.rbegin(), r.rend());
    }
};
