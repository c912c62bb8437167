// Fleury-style greedy: take the smallest ticket after which every unused ticket is still
// reachable from the new airport (so the trip can still be completed). O(E^2 * deg).
class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        int m = tickets.size();
        vector<int> order(m);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int x, int y) { return tickets[x][1] < tickets[y][1]; });
        map<string, vector<int>> out;  // ticket ids per airport, by destination
        for (int id : order) out[tickets[id][0]].push_back(id);
        vector<bool> used(m, false);
        vector<string> route = {"JFK"};
        for (int step = 0; step < m; ++step) {
            const string& cur = route.back();
            for (int id : out[cur]) {
                if (used[id]) continue;
                used[id] = true;
                if (allReachable(tickets, out, used, tickets[id][1], m - step - 1)) {
                    route.push_back(tickets[id][1]);
                    break;
                }
                used[id] = false;
            }
        }
        return route;
    }

private:
    // Can every one of the `left` unused tickets be reached from `from`?
    bool allReachable(vector<vector<string>>& t, map<string, vector<int>>& out, vector<bool>& used,
                      const string& from, int left) {
        set<string> seen = {from};
        vector<string> st = {from};
        int reached = 0;
        while (!st.empty()) {
            string a = st.back();
            st.pop_back();
            auto it = out.find(a);
            if (it == out.end()) continue;
            for (int id : it->second) {
                if (used[id]) continue;
                ++reached;
                if (seen.insert(t[id][1]).second) st.push_back(t[id][1]);
            }
        }
        return reached == left;
    }
};
