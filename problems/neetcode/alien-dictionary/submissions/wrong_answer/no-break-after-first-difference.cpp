// Classic mistake: adds an edge for every differing position of a pair instead of only the first one.
class Solution {
public:
    string alienOrder(vector<string>& words) {
        bool present[26] = {}, edge[26][26] = {};
        int indeg[26] = {};
        for (auto& w : words)
            for (char ch : w) present[ch - 'a'] = true;
        for (size_t i = 0; i + 1 < words.size(); ++i) {
            const string &a = words[i], &b = words[i + 1];
            size_t len = min(a.size(), b.size());
            bool differ = false;
            for (size_t k = 0; k < len; ++k)
                if (a[k] != b[k]) {
                    differ = true;
                    int u = a[k] - 'a', v = b[k] - 'a';
                    if (!edge[u][v]) edge[u][v] = true, ++indeg[v];
                }
            if (!differ && a.size() > b.size()) return "";
        }
        string order;
        queue<int> q;
        for (int c = 0; c < 26; ++c)
            if (present[c] && indeg[c] == 0) q.push(c);
        while (!q.empty()) {
            int u = q.front();
            q.pop();
            order += char('a' + u);
            for (int v = 0; v < 26; ++v)
                if (edge[u][v] && --indeg[v] == 0) q.push(v);
        }
        return (int)order.size() == count(present, present + 26, true) ? order : "";
    }
};
