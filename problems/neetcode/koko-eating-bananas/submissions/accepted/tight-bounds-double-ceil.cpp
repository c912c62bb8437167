// Starts from the lower bound ceil(sum / h), searches up to 10^9, ceil via floating point.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        long long sum = 0;
        for (int p : piles) sum += p;
        long long lo = max(1LL, (sum + h - 1) / h), hi = 1000000000;
        while (lo < hi) {
            long long mid = (lo + hi) / 2, hours = 0;
            for (int p : piles) hours += (long long)ceil((double)p / mid);
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
