// Classic mistake: the upper bound is the average rate sum / h, too small since a pile's leftovers cannot share an hour.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        long long sum = 0;
        for (int p : piles) sum += p;
        long long lo = 1, hi = max(1LL, sum / h);
        while (lo < hi) {
            long long mid = (lo + hi) / 2, hours = 0;
            for (int p : piles) hours += (p + mid - 1) / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
