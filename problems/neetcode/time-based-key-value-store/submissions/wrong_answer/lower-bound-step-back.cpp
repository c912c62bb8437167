// Classic off-by-one: lower_bound (first timestamp >= t) then one step back, so a value written
// exactly at time t is skipped in favour of the one before it.
class TimeMap {
    unordered_map<string, vector<pair<int, string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        history[key].emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        const auto& h = it->second;
        auto at = lower_bound(h.begin(), h.end(), timestamp,
                              [](const pair<int, string>& e, int t) { return e.first < t; });
        if (at == h.begin()) return "";
        return prev(at)->second;
    }
};
