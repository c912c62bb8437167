// Classic mistake: stops once a single digit remains and accepts only 1, forgetting that 7 is happy too.
class Solution {
public:
    bool isHappy(int n) {
        while (n > 9) {
            int s = 0;
            for (int x = n; x > 0; x /= 10) s += (x % 10) * (x % 10);
            n = s;
        }
        return n == 1;
    }
};
