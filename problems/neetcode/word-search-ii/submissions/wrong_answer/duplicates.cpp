// Classic mistake: reports a word every time a path spells it, so a word reachable twice is listed twice.
class Solution {
    struct Node {
        Node* child[26] = {};
        bool end = false;
    };
    vector<string> res;
    string cur;

    void dfs(vector<vector<char>>& b, int r, int c, Node* n) {
        if (r < 0 || c < 0 || r >= (int)b.size() || c >= (int)b[0].size()) return;
        char ch = b[r][c];
        if (ch == '#' || !n->child[ch - 'a']) return;
        n = n->child[ch - 'a'];
        cur.push_back(ch);
        if (n->end) res.push_back(cur);
        b[r][c] = '#';
        dfs(b, r + 1, c, n);
        dfs(b, r - 1, c, n);
        dfs(b, r, c + 1, n);
        dfs(b, r, c - 1, n);
        b[r][c] = ch;
        cur.pop_back();
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        Node* root = new Node();
        for (const string& w : words) {
            Node* p = root;
            for (char ch : w) {
                if (!p->child[ch - 'a']) p->child[ch - 'a'] = new Node();
                p = p->child[ch - 'a'];
            }
            p->end = true;
        }
        for (int r = 0; r < (int)board.size(); ++r)
            for (int c = 0; c < (int)board[0].size(); ++c) dfs(board, r, c, root);
        return res;
    }
};
