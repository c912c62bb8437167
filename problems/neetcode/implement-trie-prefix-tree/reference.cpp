class Trie {
    // Node 0 is the root; next[v][c] is the child of v for letter 'a' + c (0 = none).
    vector<array<int, 26>> next;
    vector<bool> end;  // a stored word ends at this node

    // The node reached by spelling s from the root, or -1 if the path breaks off.
    int walk(const string& s) const {
        int v = 0;
        for (char ch : s) {
            v = next[v][ch - 'a'];
            if (!v) return -1;
        }
        return v;
    }
public:
    Trie() : next(1), end(1, false) {
        next[0].fill(0);
    }

    void insert(string word) {
        int v = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (!next[v][c]) {
                next[v][c] = next.size();
                next.emplace_back();
                next.back().fill(0);
                end.push_back(false);
            }
            v = next[v][c];
        }
        end[v] = true;
    }

    bool search(string word) {
        int v = walk(word);
        return v >= 0 && end[v];
    }

    bool startsWith(string prefix) {
        return walk(prefix) >= 0;
    }
};
