// Each key remembers its last-use time; an ordered set of (time, key) gives the LRU entry in O(log n).
class LRUCache {
    int cap;
    long long clock = 0;
    unordered_map<int, pair<int, long long>> data;  // key -> (value, last use)
    set<pair<long long, int>> byTime;
    void touch(int key, pair<int, long long>& e) {
        byTime.erase({e.second, key});
        e.second = ++clock;
        byTime.insert({e.second, key});
    }
public:
    LRUCache(int capacity) : cap(capacity) {}
    int get(int key) {
        auto it = data.find(key);
        if (it == data.end()) return -1;
        touch(key, it->second);
        return it->second.first;
    }
    void put(int key, int value) {
        auto it = data.find(key);
        if (it != data.end()) {
            it->second.first = value;
            touch(key, it->second);
            return;
        }
        if ((int)data.size() == cap) {
            auto oldest = byTime.begin();
            data.erase(oldest->second);
            byTime.erase(oldest);
        }
        data[key] = {value, ++clock};
        byTime.insert({clock, key});
    }
};
