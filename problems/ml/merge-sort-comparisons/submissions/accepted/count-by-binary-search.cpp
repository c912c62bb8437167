// Counts each merge without stepping through it: a merge of sorted L and R compares |L| + |R| minus
// the elements left over when one side runs out, found by binary search; std::merge does the merging.
class Solution {
    long long total = 0;
    vector<int> sorted(vector<int> a) {
        if (a.size() <= 1) return a;
        size_t h = a.size() / 2;
        vector<int> L = sorted(vector<int>(a.begin(), a.begin() + h));
        vector<int> R = sorted(vector<int>(a.begin() + h, a.end()));
        long long rest;
        if (L.back() <= R.back())  // L runs out first; R keeps every value >= L.back()
            rest = R.end() - lower_bound(R.begin(), R.end(), L.back());
        else                       // R runs out first; L keeps every value > R.back()
            rest = L.end() - upper_bound(L.begin(), L.end(), R.back());
        total += (long long)L.size() + R.size() - rest;
        vector<int> out(a.size());
        merge(L.begin(), L.end(), R.begin(), R.end(), out.begin());
        return out;
    }
public:
    long long mergeSortComparisons(vector<int>& nums) {
        total = 0;
        sorted(nums);
        return total;
    }
};
