// Brute force: a vector of (key, value) in recency order, scanned, erased from and appended to on every call. O(capacity) per call, yet ~0.35 s at the limits: it fits, so it is accepted.
class LRUCache {
    int cap;
    vector<pair<int, int>> v;  // back = most recent
public:
    LRUCache(int capacity) : cap(capacity) {}
    int get(int key) {
        for (int i = (int)v.size() - 1; i >= 0; --i)
            if (v[i].first == key) {
                auto e = v[i];
                v.erase(v.begin() + i);
                v.push_back(e);
                return e.second;
            }
        return -1;
    }
    void put(int key, int value) {
        for (int i = (int)v.size() - 1; i >= 0; --i)
            if (v[i].first == key) {
                v.erase(v.begin() + i);
                v.push_back({key, value});
                return;
            }
        if ((int)v.size() == cap) v.erase(v.begin());
        v.push_back({key, value});
    }
};
