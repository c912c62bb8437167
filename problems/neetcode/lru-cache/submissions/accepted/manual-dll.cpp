// Hand-written doubly linked list with head/tail sentinels plus a hash map from key to node.
class LRUCache {
    struct Item { int key, val; Item *prev, *next; };
    int cap;
    Item head{0, 0, nullptr, nullptr}, tail{0, 0, nullptr, nullptr};
    unordered_map<int, Item*> map;
    void unlink(Item* x) { x->prev->next = x->next; x->next->prev = x->prev; }
    void pushFront(Item* x) { x->next = head.next; x->prev = &head; head.next->prev = x; head.next = x; }
public:
    LRUCache(int capacity) : cap(capacity) { head.next = &tail; tail.prev = &head; }
    int get(int key) {
        auto it = map.find(key);
        if (it == map.end()) return -1;
        unlink(it->second);
        pushFront(it->second);
        return it->second->val;
    }
    void put(int key, int value) {
        auto it = map.find(key);
        if (it != map.end()) {
            it->second->val = value;
            unlink(it->second);
            pushFront(it->second);
            return;
        }
        if ((int)map.size() == cap) {
            Item* lru = tail.prev;
            unlink(lru);
            map.erase(lru->key);
            delete lru;
        }
        Item* x = new Item{key, value, nullptr, nullptr};
        pushFront(x);
        map[key] = x;
    }
};
