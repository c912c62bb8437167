class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        // The hours needed shrink as the speed grows: binary search the smallest speed in
        // [1, max pile] whose total (summed in 64 bits) fits in h.
        int lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long long hours = 0;
            for (int p : piles) hours += (p + (long long)mid - 1) / mid;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
