// Classic mistake: always flies the smallest unused ticket and stops when stuck (dead end before all tickets are used).
class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        unordered_map<string, multiset<string>> out;
        for (auto& t : tickets) out[t[0]].insert(t[1]);
        vector<string> route = {"JFK"};
        while (!out[route.back()].empty()) {
            auto& dests = out[route.back()];
            string next = *dests.begin();
            dests.erase(dests.begin());
            route.push_back(next);
        }
        return route;
    }
};
