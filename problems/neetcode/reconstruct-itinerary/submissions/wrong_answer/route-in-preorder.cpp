// Classic mistake: Hierholzer's DFS that records an airport when it is entered instead of when it is finished.
class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        for (auto& t : tickets) out[t[0]].insert(t[1]);
        visit("JFK");
        return route;
    }

private:
    unordered_map<string, multiset<string>> out;
    vector<string> route;
    void visit(const string& a) {
        route.push_back(a);
        auto& s = out[a];
        while (!s.empty()) {
            string b = *s.begin();
            s.erase(s.begin());
            visit(b);
        }
    }
};
