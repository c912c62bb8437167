class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        // Hierholzer: destinations sorted descending so the smallest is at the back;
        // an airport joins the route when it has no unused ticket left.
        unordered_map<string, vector<string>> out;
        for (const auto& t : tickets) out[t[0]].push_back(t[1]);
        for (auto& [from, dests] : out) sort(dests.rbegin(), dests.rend());
        vector<string> route, stack = {"JFK"};
        while (!stack.empty()) {
            auto& dests = out[stack.back()];
            if (dests.empty()) {
                route.push_back(stack.back());
                stack.pop_back();
            } else {
                string next = dests.back();
                dests.pop_back();
                stack.push_back(next);
            }
        }
        reverse(route.begin(), route.end());
        return route;
    }
};
