// l <= r search remembering the best speed seen; the hour count is a long long.
class Solution {
public:
    int minEatingSpeed(vector<int>& piles, int h) {
        int l = 1, r = *max_element(piles.begin(), piles.end()), res = r;
        while (l <= r) {
            int k = l + (r - l) / 2;
            long long hours = 0;
            for (int p : piles) hours += (p - 1) / k + 1;
            if (hours <= h) { res = k; r = k - 1; }
            else l = k + 1;
        }
        return res;
    }
};
