// Classic mistake: post-order DFS with a plain visited flag, so a cycle is never noticed and an order is returned anyway.
class Solution {
public:
    string alienOrder(vector<string>& words) {
        for (auto& w : words)
            for (char c : w) adj[c];
        for (size_t i = 0; i + 1 < words.size(); ++i) {
            const string &a = words[i], &b = words[i + 1];
            size_t len = min(a.size(), b.size()), k = 0;
            while (k < len && a[k] == b[k]) ++k;
            if (k == len) {
                if (a.size() > b.size()) return "";
                continue;
            }
            adj[a[k]].insert(b[k]);
        }
        for (auto& [c, next] : adj) visit(c);
        reverse(order.begin(), order.end());
        return order;
    }

private:
    map<char, set<char>> adj;
    set<char> visited;
    string order;
    void visit(char c) {
        if (!visited.insert(c).second) return;
        for (char d : adj[c]) visit(d);
        order += c;
    }
};
