// Classic mistake: only increments the last digit, so a trailing 9 turns into 10 instead of carrying.
class Solution {
public:
    vector<int> plusOne(vector<int>& digits) {
        ++digits.back();
        return digits;
    }
};
