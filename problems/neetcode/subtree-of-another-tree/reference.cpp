class Solution {
    // Preorder tokens with a marker for every missing child: equal token strings
    // <=> equal trees, and a subtree is a contiguous run of tokens.
    void serialize(TreeNode* n, vector<long long>& out) {
        vector<TreeNode*> st{n};
        while (!st.empty()) {
            TreeNode* x = st.back();
            st.pop_back();
            if (!x) { out.push_back(LLONG_MIN); continue; }
            out.push_back(x->val);
            st.push_back(x->right);
            st.push_back(x->left);
        }
    }
public:
    bool isSubtree(TreeNode* root, TreeNode* subRoot) {
        vector<long long> text, pat;
        serialize(root, text);
        serialize(subRoot, pat);
        // Knuth-Morris-Pratt: O(n + m).
        int m = pat.size();
        vector<int> fail(m, 0);
        for (int i = 1, k = 0; i < m; ++i) {
            while (k && pat[i] != pat[k]) k = fail[k - 1];
            if (pat[i] == pat[k]) ++k;
            fail[i] = k;
        }
        for (int i = 0, k = 0; i < (int)text.size(); ++i) {
            while (k && text[i] != pat[k]) k = fail[k - 1];
            if (text[i] == pat[k]) ++k;
            if (k == m) return true;
        }
        return false;
    }
};
