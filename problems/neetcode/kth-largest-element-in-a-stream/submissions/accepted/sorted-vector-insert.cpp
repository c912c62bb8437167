// Keeps every value in a sorted vector and inserts with binary search: O(n) per add, fast enough here.
class KthLargest {
    vector<int> v;  // ascending
    int k;

public:
    KthLargest(int k, vector<int>& nums) : v(nums), k(k) { sort(v.begin(), v.end()); }

    int add(int val) {
        v.insert(upper_bound(v.begin(), v.end(), val), val);
        return v[v.size() - k];
    }
};
