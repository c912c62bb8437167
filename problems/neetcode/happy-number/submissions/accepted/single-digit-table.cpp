// Iterate until one digit is left (each step from two or more digits lands there eventually);
// among single digits only 1 and 7 are happy.
class Solution {
public:
    bool isHappy(int n) {
        while (n > 9) {
            int s = 0;
            for (int x = n; x > 0; x /= 10) s += (x % 10) * (x % 10);
            n = s;
        }
        return n == 1 || n == 7;
    }
};
