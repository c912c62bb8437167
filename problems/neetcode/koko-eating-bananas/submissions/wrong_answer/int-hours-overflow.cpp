// Classic mistake: the hour count is an int; at small speeds it overflows and looks feasible.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int l = 1, r = *max_element(piles.begin(), piles.end()), res = r;
        while (l <= r) {
            int k = l + (r - l) / 2;
            int hours = 0;
            for (int p : piles) hours += (p + k - 1) / k;
            if (hours <= h) { res = min(res, k); r = k - 1; }
            else l = k + 1;
        }
        return res;
    }
};
