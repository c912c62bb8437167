// DFS topological sort with white/grey/black letters: meeting a grey letter again is a cycle;
// letters are emitted in post-order, then reversed.
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
        for (auto& [c, next] : adj)
            if (!visit(c)) return "";
        reverse(order.begin(), order.end());
        return order;
    }

private:
    map<char, set<char>> adj;
    map<char, int> state;  // 0 new, 1 on the stack, 2 done
    string order;
    bool visit(char c) {
        if (state[c] == 2) return true;
        if (state[c] == 1) return false;
        state[c] = 1;
        for (char d : adj[c])
            if (!visit(d)) return false;
        state[c] = 2;
        order += c;
        return true;
    }
};
