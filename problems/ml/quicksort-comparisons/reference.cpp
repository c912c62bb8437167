class Solution {
public:
    long long quicksortComparisons(vector<int>& nums) {
        vector<int> a = nums;
        long long comparisons = 0;
        // Explicit stack of inclusive ranges [lo, hi]: sorted input would recurse 10^4 deep.
        vector<pair<int, int>> todo = {{0, (int)a.size() - 1}};
        while (!todo.empty()) {
            auto [lo, hi] = todo.back();
            todo.pop_back();
            if (lo >= hi) continue;
            int pivot = a[hi], i = lo;  // Lomuto: the last element is the pivot
            for (int j = lo; j < hi; ++j) {
                ++comparisons;           // a[j] against the pivot; the pivot never against itself
                if (a[j] <= pivot) swap(a[i++], a[j]);
            }
            swap(a[i], a[hi]);
            todo.push_back({i + 1, hi});
            todo.push_back({lo, i - 1});
        }
        return comparisons;
    }
};
