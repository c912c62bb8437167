// A std::map from timestamp to value per key; upper_bound then one step back.
class TimeMap {
    unordered_map<string, map<int, string>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        history[key][timestamp] = value;
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        auto after = it->second.upper_bound(timestamp);
        if (after == it->second.begin()) return "";
        return prev(after)->second;
    }
};
