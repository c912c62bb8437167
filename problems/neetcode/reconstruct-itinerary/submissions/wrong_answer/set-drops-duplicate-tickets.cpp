// Classic mistake: destinations kept in a set, so a ticket bought twice is flown only once.
class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        for (auto& t : tickets) out[t[0]].insert(t[1]);
        visit("JFK");
        return vector<string>(route.rbegin(), route.rend());
    }

private:
    unordered_map<string, set<string>> out;
    vector<string> route;
    void visit(const string& a) {
        auto& s = out[a];
        while (!s.empty()) {
            string b = *s.begin();
            s.erase(s.begin());
            visit(b);
        }
        route.push_back(a);
    }
};
