// LRU Cache tests: generator CAPACITY CALLS SEED MODE (CALLS get/put calls after the constructor).
// deep: fill the cache, then almost every call touches the least recently used key (the far end of
//       the recency order), so a linear scan walks the whole cache each time;
// random: keys from a range twice the capacity, get and put evenly mixed;
// evict: keys from the whole range 0..10^4, mostly puts, many evictions;
// update: keys from a range slightly above the capacity, mostly puts of present keys;
// miss: fill the cache, shuffle its order with hits, then only gets of absent keys (full scans).
int main(int argc, char** argv) {
    int cap = atoi(argv[1]);
    int calls = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    const int KMAX = 10000, VMAX = 100000;

    // The generator keeps its own LRU order to aim at the least recently used key.
    list<int> order;  // front = most recent
    unordered_map<int, list<int>::iterator> where;
    auto touch = [&](int key) {
        auto it = where.find(key);
        if (it != where.end()) { order.splice(order.begin(), order, it->second); return; }
        if ((int)order.size() == cap) { where.erase(order.back()); order.pop_back(); }
        order.push_front(key);
        where[key] = order.begin();
    };
    auto absent = [&]() { for (;;) { int k = draw(0, KMAX); if (!where.count(k)) return k; } };

    string names = "[\"LRUCache\"", args = "[[" + to_string(cap) + "]";
    auto get = [&](int key) {
        names += ",\"get\"";
        args += ",[" + to_string(key) + "]";
        if (where.count(key)) touch(key);
    };
    auto put = [&](int key) {
        names += ",\"put\"";
        args += ",[" + to_string(key) + "," + to_string(draw(0, VMAX)) + "]";
        touch(key);
    };

    int range = mode == "evict" ? KMAX : mode == "update" ? min(KMAX, cap + cap / 10 + 1) : min(KMAX, 2 * cap);
    int done = 0;
    if (mode == "deep" || mode == "miss") {
        vector<int> keys(KMAX + 1);
        iota(keys.begin(), keys.end(), 0);
        shuffle(keys.begin(), keys.end(), rng);
        for (; done < cap && done < calls; ++done) put(keys[done]);
    }
    for (; done < calls; ++done) {
        int r = draw(0, 99);
        if (mode == "miss") {
            if (done < 4 * cap) get(*next(order.begin(), draw(0, (int)order.size() - 1)));
            else get(absent());
        } else if (mode == "deep") {
            if (r < 80) get(order.back());
            else if (r < 90) put(order.back());
            else if (r < 95) get(absent());
            else put(absent());
        } else if (mode == "evict") {
            if (r < 70) put(draw(0, range)); else get(draw(0, range));
        } else if (mode == "update") {
            if (r < 65) put(draw(0, range)); else get(draw(0, range));
        } else {
            if (r < 50) put(draw(0, range)); else get(draw(0, range));
        }
    }
    printf("%s]\n%s]\n", names.c_str(), args.c_str());
}
