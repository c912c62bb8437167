// Recursive Hierholzer: each airport keeps a min-heap of destinations; post-order, then reverse.
class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        for (auto& t : tickets) out[t[0]].push(t[1]);
        visit("JFK");
        return vector<string>(route.rbegin(), route.rend());
    }

private:
    unordered_map<string, priority_queue<string, vector<string>, greater<string>>> out;
    vector<string> route;
    void visit(const string& a) {
        auto& q = out[a];
        while (!q.empty()) {
            string b = q.top();
            q.pop();
            visit(b);
        }
        route.push_back(a);
    }
};
