// Time Based Key-Value Store tests: generator CALLS SEED MODE (CALLS set/get calls after the constructor).
// hot: one key, CALLS/2 sets then CALLS/2 gets at random times (a third exact, a third between two
//      sets, some before the first set or after the last), so a per-get linear scan walks 10^5 entries;
// hot-recent: like hot, but the gets ask for times near the end;
// many: up to 20000 distinct keys, sets and gets mixed evenly;
// few: 5 keys, sets and gets interleaved, gets mostly near the present;
// long: keys and values of 90..100 characters, 50 keys;
// missing: 1000 keys set, then mostly gets of keys never set or of times before the key's first set.
// Set timestamps rise strictly from 1 towards 10^7.
int main(int argc, char** argv) {
    int calls = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    const string alpha = "abcdefghijklmnopqrstuvwxyz0123456789";
    auto word = [&](int lo, int hi) {
        string s(draw(lo, hi), 'a');
        for (char& c : s) c = alpha[draw(0, 35)];
        return s;
    };
    const int TMAX = 10000000;
    int sets = mode == "hot" || mode == "hot-recent" ? calls / 2 : mode == "missing" ? calls / 10 : calls / 2;
    // Average gap so that all set timestamps fit below 10^7.
    int gap = max(1, (TMAX - 1000) / max(1, sets) - 1);
    int now = 0;
    unordered_map<string, vector<int>> times;  // key -> its set timestamps
    vector<string> keys;
    int nkeys = mode == "hot" || mode == "hot-recent" ? 1 : mode == "few" ? 5 : mode == "long" ? 50 : mode == "missing" ? 1000 : 20000;
    for (int i = 0; i < nkeys; ++i) keys.push_back(mode == "long" ? word(90, 100) : word(1, 12));
    sort(keys.begin(), keys.end());
    keys.erase(unique(keys.begin(), keys.end()), keys.end());

    string names = "[\"TimeMap\"", args = "[[]";
    auto set = [&](const string& key) {
        now += (int)draw(1, 2 * gap - 1);
        times[key].push_back(now);
        string value = mode == "long" ? word(90, 100) : word(1, 10);
        names += ",\"set\"";
        args += ",[\"" + key + "\",\"" + value + "\"," + to_string(now) + "]";
    };
    // A query time for key: exact hit, between two sets, before the first, or after the last.
    auto when = [&](const string& key, bool recent) -> int {
        const auto& t = times[key];
        if (t.empty()) return (int)draw(1, TMAX);
        int r = (int)draw(0, 99);
        if (r < 5) return (int)draw(1, t.front());  // at or before the first set
        if (r < 10) return (int)draw(t.back(), TMAX);
        size_t i = recent ? t.size() - 1 - min<size_t>(t.size() - 1, draw(0, 50)) : draw(0, t.size() - 1);
        if (r < 50) return t[i];
        int hi = i + 1 < t.size() ? t[i + 1] - 1 : t[i] + gap;
        return (int)min<long long>(TMAX, draw(t[i], hi));
    };
    auto get = [&](const string& key, int t) {
        names += ",\"get\"";
        args += ",[\"" + key + "\"," + to_string(t) + "]";
    };

    if (mode == "hot" || mode == "hot-recent") {
        for (int i = 0; i < sets; ++i) set(keys[0]);
        for (int i = sets; i < calls; ++i) get(keys[0], when(keys[0], mode == "hot-recent"));
    } else if (mode == "missing") {
        for (int i = 0; i < sets; ++i) set(keys[draw(0, keys.size() - 1)]);
        for (int i = sets; i < calls; ++i) {
            if (draw(0, 1)) get(word(13, 20), (int)draw(1, TMAX));  // longer than any set key: never set
            else {
                const string& k = keys[draw(0, keys.size() - 1)];
                const auto& t = times[k];
                get(k, t.empty() ? (int)draw(1, TMAX) : (int)draw(1, t.front()));
            }
        }
    } else {
        for (int i = 0; i < calls; ++i) {
            const string& k = keys[draw(0, keys.size() - 1)];
            if (draw(0, 1) && now + 2 * gap < TMAX) set(k);
            else get(k, when(k, mode == "few"));
        }
    }
    printf("%s]\n%s]\n", names.c_str(), args.c_str());
}
