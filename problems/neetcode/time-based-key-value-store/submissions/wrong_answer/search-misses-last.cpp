// Classic off-by-one: binary search with `while (lo < hi)` over [0, size - 1] never examines the
// last candidate, so the newest value (and a key's only value) is never returned.
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
        int lo = 0, hi = (int)h.size() - 1;
        string res = "";
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (h[mid].first <= timestamp) { res = h[mid].second; lo = mid + 1; }
            else hi = mid;
        }
        return res;
    }
};
