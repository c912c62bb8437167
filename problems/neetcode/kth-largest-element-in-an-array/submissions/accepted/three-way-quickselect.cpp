// Quickselect with a random pivot and a three-way split (greater / equal / less), so equal values cost nothing.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> v = nums;
        mt19937 rng(12345);
        int lo = 0, hi = (int)v.size() - 1, target = k - 1;  // index in descending order
        while (true) {
            int pivot = v[lo + rng() % (hi - lo + 1)];
            int lt = lo, i = lo, gt = hi;  // [lo,lt) > pivot, [lt,i) == pivot, (gt,hi] < pivot
            while (i <= gt) {
                if (v[i] > pivot) swap(v[lt++], v[i++]);
                else if (v[i] < pivot) swap(v[i], v[gt--]);
                else ++i;
            }
            if (target < lt) hi = lt - 1;
            else if (target > gt) lo = gt + 1;
            else return pivot;
        }
    }
};
