// Brute force: tries speeds 1, 2, 3, ... until one fits; up to 10^9 speeds on a max test.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        for (int k = 1;; ++k) {
            long long hours = 0;
            for (int p : piles) {
                hours += (p + (long long)k - 1) / k;
                if (hours > h) break;
            }
            if (hours <= h) return k;
        }
    }
};
