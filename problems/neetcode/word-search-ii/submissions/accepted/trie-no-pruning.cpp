// Pointer trie without pruning; a found word is cleared from its node so it is reported once.
class Solution {
    struct Node {
        Node* child[26] = {};
        string word;
    };
    vector<string> res;

    void dfs(vector<vector<char>>& b, int r, int c, Node* n) {
        if (r < 0 || c < 0 || r >= (int)b.size() || c >= (int)b[0].size()) return;
        char ch = b[r][c];
        if (ch == '#' || !n->child[ch - 'a']) return;
        n = n->child[ch - 'a'];
        if (!n->word.empty()) { res.push_back(n->word); n->word.clear(); }
        b[r][c] = '#';
        dfs(b, r + 1, c, n);
        dfs(b, r - 1, c, n);
        dfs(b, r, c + 1, n);
        dfs(b, r, c - 1, n);
        b[r][c] = ch;
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        Node* root = new Node();
        for (const string& w : words) {
            Node* cur = root;
            for (char ch : w) {
                if (!cur->child[ch - 'a']) cur->child[ch - 'a'] = new Node();
                cur = cur->child[ch - 'a'];
            }
            cur->word = w;
        }
        for (int r = 0; r < (int)board.size(); ++r)
            for (int c = 0; c < (int)board[0].size(); ++c) dfs(board, r, c, root);
        return res;
    }
};
