// Brute force: appends the value and re-sorts everything on each add, O(n log n) per call (10^4 calls on 2*10^4 values).
class KthLargest {
    vector<int> v;
    int k;

public:
    KthLargest(int k, vector<int>& nums) : v(nums), k(k) {}

    int add(int val) {
        v.push_back(val);
        sort(v.begin(), v.end(), greater<int>());
        return v[k - 1];
    }
};
