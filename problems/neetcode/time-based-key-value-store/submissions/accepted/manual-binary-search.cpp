// Parallel arrays of timestamps and values per key, with a hand-written binary search
// for the last timestamp <= the one asked for.
class TimeMap {
    unordered_map<string, pair<vector<int>, vector<string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        auto& h = history[key];
        h.first.push_back(timestamp);
        h.second.push_back(value);
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        const vector<int>& t = it->second.first;
        int lo = 0, hi = (int)t.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (t[mid] <= timestamp) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? "" : it->second.second[found];
    }
};
