// Counting sort over the value range [-10^4, 10^4], walked from the top: O(n + range).
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> cnt(20001, 0);
        for (int x : nums) cnt[x + 10000]++;
        for (int v = 20000; v >= 0; --v) {
            k -= cnt[v];
            if (k <= 0) return v - 10000;
        }
        return 0;
    }
};
