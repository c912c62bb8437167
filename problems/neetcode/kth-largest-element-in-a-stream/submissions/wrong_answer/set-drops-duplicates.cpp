// Classic mistake: a std::set instead of a multiset, so equal values are kept only once.
class KthLargest {
    set<int> s;
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
