// Brute force: every get walks all entries of the key; with 10^5 sets on one key and 10^5 gets
// that is 10^10 steps.
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
        const string* best = nullptr;
        for (const auto& e : it->second)
            if (e.first <= timestamp) best = &e.second;
        return best ? *best : "";
    }
};
