// Classic mistake: looks up only the exact timestamp, so a time between two sets finds nothing.
class TimeMap {
    unordered_map<string, unordered_map<int, string>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        history[key][timestamp] = value;
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        auto hit = it->second.find(timestamp);
        return hit == it->second.end() ? "" : hit->second;
    }
};
