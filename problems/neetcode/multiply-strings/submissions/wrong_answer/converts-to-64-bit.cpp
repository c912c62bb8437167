// Classic mistake: converts both strings to a 64-bit integer, which wraps once the product passes 2^64.
class Solution {
public:
    string multiply(string num1, string num2) {
        unsigned long long a = 0, b = 0;
        for (char c : num1) a = a * 10 + (c - '0');
        for (char c : num2) b = b * 10 + (c - '0');
        return to_string(a * b);
    }
};
