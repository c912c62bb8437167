// O(n^2): S[s] = best profit whose last sale is on day s, trying every buy day b < s; a buy on
// day b may follow any sale on day <= b - 2 (prefix maximum of S).
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int n = prices.size();
        vector<int> pref(n + 1, 0);  // pref[k] = max(0, S[0..k-1])
        for (int s = 0; s < n; ++s) {
            int m = 0;
            for (int b = 0; b < s; ++b) {
                int base = b >= 1 ? pref[b - 1] : 0;
                m = max(m, base + prices[s] - prices[b]);
            }
            pref[s + 1] = max(pref[s], m);
        }
        return pref[n];
    }
};
