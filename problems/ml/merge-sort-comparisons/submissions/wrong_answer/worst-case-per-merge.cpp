// Classic mistake: charges every merge its worst case |L| + |R| - 1 instead of counting what it does.
class Solution {
    long long c = 0;
    void go(int m) {
        if (m <= 1) return;
        go(m / 2);
        go(m - m / 2);
        c += m - 1;
    }
public:
    long long mergeSortComparisons(vector<int>& nums) {
        go(nums.size());
        return c;
    }
};
