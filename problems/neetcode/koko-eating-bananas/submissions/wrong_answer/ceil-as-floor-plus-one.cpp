// Classic mistake: ceil written as p / k + 1, one hour too many whenever k divides p.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int lo = 1, hi = *max_element(piles.begin(), piles.end());
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long long hours = 0;
            for (int p : piles) hours += p / mid + 1;
            if (hours <= h) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
};
