class Solution {
    // Trie of the words; a node's `word` index is set where a word ends.
    struct Node {
        int next[26];
        int word = -1, kids = 0;
        Node() { fill(next, next + 26, -1); }
    };
    vector<Node> t;
    vector<string> found;
    int R, C;

    void dfs(vector<vector<char>>& b, int r, int c, int parent) {
        char ch = b[r][c];
        if (ch == '#') return;
        int node = t[parent].next[ch - 'a'];
        if (node < 0) return;
        if (t[node].word >= 0) {  // report once, then forget the word
            found.push_back(words_[t[node].word]);
            t[node].word = -1;
        }
        b[r][c] = '#';
        static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int d = 0; d < 4 && t[node].kids > 0; ++d) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr >= 0 && nr < R && nc >= 0 && nc < C) dfs(b, nr, nc, node);
        }
        b[r][c] = ch;
        if (t[node].kids == 0 && t[node].word < 0) {  // prune a dead leaf
            t[parent].next[ch - 'a'] = -1;
            t[parent].kids--;
        }
    }
    vector<string> words_;

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        words_ = words;
        t.assign(1, Node());
        for (int i = 0; i < (int)words.size(); ++i) {
            int node = 0;
            for (char ch : words[i]) {
                int c = ch - 'a';
                if (t[node].next[c] < 0) {
                    t[node].next[c] = t.size();
                    t[node].kids++;
                    t.emplace_back();
                }
                node = t[node].next[c];
            }
            t[node].word = i;
        }
        R = board.size(), C = board[0].size();
        for (int r = 0; r < R; ++r)
            for (int c = 0; c < C; ++c) dfs(board, r, c, 0);
        return found;
    }
};
