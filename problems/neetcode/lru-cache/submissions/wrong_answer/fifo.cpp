// Classic mistake: a FIFO queue of insertions; neither get nor updating put counts as a use.
class LRUCache {
    int cap;
    queue<int> fifo;
    unordered_map<int, int> data;
public:
    LRUCache(int capacity) : cap(capacity) {}
    int get(int key) {
        auto it = data.find(key);
        return it == data.end() ? -1 : it->second;
    }
    void put(int key, int value) {
        auto it = data.find(key);
        if (it != data.end()) { it->second = value; return; }
        if ((int)data.size() == cap) { data.erase(fifo.front()); fifo.pop(); }
        fifo.push(key);
        data[key] = value;
    }
};
