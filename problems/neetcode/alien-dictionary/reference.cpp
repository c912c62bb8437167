class Solution {
public:
    string alienOrder(vector<string>& words) {
        // Edges from the first difference of each neighbouring pair, then Kahn's algorithm.
        bool present[26] = {}, edge[26][26] = {};
        int indeg[26] = {};
        for (const auto& w : words)
            for (char ch : w) present[ch - 'a'] = true;
        for (size_t i = 0; i + 1 < words.size(); ++i) {
            const string &a = words[i], &b = words[i + 1];
            size_t k = 0;
            while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
            if (k == a.size() || k == b.size()) {
                if (a.size() > b.size()) return "";  // a word before its own proper prefix
                continue;
            }
            int u = a[k] - 'a', v = b[k] - 'a';
            if (!edge[u][v]) edge[u][v] = true, ++indeg[v];
        }
        string order;
        queue<int> q;
        for (int c = 0; c < 26; ++c)
            if (present[c] && indeg[c] == 0) q.push(c);
        int letters = count(present, present + 26, true);
        while (!q.empty()) {
            int u = q.front();
            q.pop();
            order += char('a' + u);
            for (int v = 0; v < 26; ++v)
                if (edge[u][v] && --indeg[v] == 0) q.push(v);
        }
        return (int)order.size() == letters ? order : "";
    }
};
