class TimeMap {
    // Per key, (timestamp, value) in the order written: sorted, since set timestamps only grow.
    unordered_map<string, vector<pair<int, string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        history[key].emplace_back(timestamp, move(value));
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        const auto& h = it->second;
        // First entry written after `timestamp`; the one before it is the answer.
        auto after = upper_bound(h.begin(), h.end(), timestamp,
                                 [](int t, const pair<int, string>& e) { return t < e.first; });
        if (after == h.begin()) return "";
        return prev(after)->second;
    }
};
