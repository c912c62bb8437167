// Classic mistake: the graph only knows letters that appear in some constraint, so letters with no edge are left out.
class Solution {
public:
    string alienOrder(vector<string>& words) {
        map<char, set<char>> adj;
        map<char, int> indeg;
        for (size_t i = 0; i + 1 < words.size(); ++i) {
            const string &a = words[i], &b = words[i + 1];
            size_t len = min(a.size(), b.size()), k = 0;
            while (k < len && a[k] == b[k]) ++k;
            if (k == len) {
                if (a.size() > b.size()) return "";
                continue;
            }
            indeg[a[k]];
            if (adj[a[k]].insert(b[k]).second) ++indeg[b[k]];
        }
        string order;
        queue<char> q;
        for (auto& [c, d] : indeg)
            if (d == 0) q.push(c);
        while (!q.empty()) {
            char u = q.front();
            q.pop();
            order += u;
            for (char v : adj[u])
                if (--indeg[v] == 0) q.push(v);
        }
        return order.size() == indeg.size() ? order : "";
    }
};
