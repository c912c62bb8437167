// A multiset trimmed to the k largest values; its smallest element is the answer.
class KthLargest {
    multiset<int> s;
    int k;

public:
    KthLargest(int k, vector<int>& nums) : k(k) {
        for (int x : nums) { s.insert(x); if ((int)s.size() > k) s.erase(s.begin()); }
    }

    int add(int val) {
        s.insert(val);
        if ((int)s.size() > k) s.erase(s.begin());
        return *s.begin();
    }
};
