// Quickselect that copies the values greater than a random pivot and the rest into two new arrays: each round drops only the pivot when the values are all equal, O(n^2).
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> cur = nums;
        mt19937 rng(215);
        while (true) {
            int p = rng() % cur.size();
            int pivot = cur[p];
            vector<int> big, small;  // strictly greater / the rest, pivot itself left out
            for (int i = 0; i < (int)cur.size(); ++i) {
                if (i == p) continue;
                if (cur[i] > pivot) big.push_back(cur[i]); else small.push_back(cur[i]);
            }
            if ((int)big.size() == k - 1) return pivot;
            if ((int)big.size() >= k) cur.swap(big);
            else { k -= big.size() + 1; cur.swap(small); }
        }
    }
};
