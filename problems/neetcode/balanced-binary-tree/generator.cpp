// Balanced Binary Tree tests: generator N SEED MODE, at most N nodes, values in [-10^4, 10^4].
// random: each new node takes a uniformly random free child slot (unbalanced);
// complete: level-order filled (balanced); left-chain / zigzag: chains (unbalanced);
// avl / avl-negative: an AVL tree built by inserting N random distinct keys (balanced);
// avl-leaf-chain: an AVL tree of N-2 keys with a two-node chain under one random
//   deepest leaf (unbalanced at that leaf, and at ancestors the extra height tips over);
// fib: the largest Fibonacci tree (minimal AVL tree: children of heights h-1 and h-2
//   everywhere) with at most N nodes (balanced, leaves on many different levels);
// fib-defect: that Fibonacci tree with the shorter subtree of one deep node cut down
//   by one level, so that node alone has heights differing by exactly 2 (unbalanced).
mt19937_64 rng;
int draw(int a, int b) { return uniform_int_distribution<int>(a, b)(rng); }
int lo = -10000, hi = 10000;

int height(TreeNode* n) { return n ? 1 + max(height(n->left), height(n->right)) : 0; }

struct Avl {
    unordered_map<TreeNode*, int> h;
    int ht(TreeNode* n) { return n ? h[n] : 0; }
    void fix(TreeNode* n) { h[n] = 1 + max(ht(n->left), ht(n->right)); }
    TreeNode* rotR(TreeNode* y) { TreeNode* x = y->left; y->left = x->right; x->right = y; fix(y); fix(x); return x; }
    TreeNode* rotL(TreeNode* x) { TreeNode* y = x->right; x->right = y->left; y->left = x; fix(x); fix(y); return y; }
    TreeNode* insert(TreeNode* n, int v) {
        if (!n) { n = new TreeNode(v); h[n] = 1; return n; }
        if (v < n->val) n->left = insert(n->left, v); else n->right = insert(n->right, v);
        fix(n);
        int b = ht(n->left) - ht(n->right);
        if (b > 1) { if (v > n->left->val) n->left = rotL(n->left); return rotR(n); }
        if (b < -1) { if (v < n->right->val) n->right = rotR(n->right); return rotL(n); }
        return n;
    }
};

TreeNode* avl(int n) {
    Avl t;
    TreeNode* root = nullptr;
    set<int> used;
    while ((int)used.size() < n) {
        int v = draw(lo, hi);
        if (used.insert(v).second) root = t.insert(root, v);
    }
    return root;
}

TreeNode* fib(int h) {  // minimal AVL tree of height h
    if (h <= 0) return nullptr;
    TreeNode* n = new TreeNode(draw(lo, hi));
    bool tallLeft = draw(0, 1);
    TreeNode* a = fib(h - 1);
    TreeNode* b = fib(h - 2);
    n->left = tallLeft ? a : b;
    n->right = tallLeft ? b : a;
    return n;
}
long long fibSize(int h) { return h <= 0 ? 0 : 1 + fibSize(h - 1) + fibSize(h - 2); }

int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    rng.seed(atoll(argv[2]));
    string mode = argv[3];
    if (mode == "avl-negative") hi = -1;
    TreeNode* root = nullptr;
    if (mode == "avl" || mode == "avl-negative") {
        root = avl(n);
    } else if (mode == "avl-leaf-chain") {
        root = avl(n - 2);
        // a deepest leaf: walk down, always into a child of maximal height
        TreeNode* x = root;
        while (x->left || x->right) {
            int l = height(x->left), r = height(x->right);
            x = l > r ? x->left : r > l ? x->right : (draw(0, 1) ? x->left : x->right);
        }
        x->left = new TreeNode(draw(lo, hi));
        x->left->left = new TreeNode(draw(lo, hi));
    } else if (mode == "fib" || mode == "fib-defect") {
        int h = 1;
        while (fibSize(h + 1) <= n) ++h;
        root = fib(h);
        if (mode == "fib-defect") {
            // go down along tall children to a node of height 6 and cut its short child
            // (height 4) to a minimal tree of height 3: heights 5 and 3 there, same height 6.
            TreeNode* x = root;
            while (height(x) > 6) x = height(x->left) > height(x->right) ? x->left : x->right;
            if (height(x->left) < height(x->right)) x->left = fib(3); else x->right = fib(3);
        }
    } else {
        vector<TreeNode*> nodes;
        vector<pair<TreeNode*, int>> slots;
        auto slot = [](TreeNode* p, int side) -> TreeNode*& { return side == 0 ? p->left : p->right; };
        for (int i = 0; i < n; ++i) {
            TreeNode* node = new TreeNode(draw(lo, hi));
            if (i == 0) {
            } else if (mode == "complete") {
                slot(nodes[(i - 1) / 2], (i - 1) % 2) = node;
            } else if (mode == "left-chain" || mode == "zigzag") {
                slot(nodes.back(), mode == "left-chain" ? 0 : i % 2) = node;
            } else {
                for (;;) {
                    size_t k = draw(0, (int)slots.size() - 1);
                    auto [p, side] = slots[k];
                    slots[k] = slots.back();
                    slots.pop_back();
                    if (!slot(p, side)) { slot(p, side) = node; break; }
                }
            }
            nodes.push_back(node);
            slots.push_back({node, 0});
            slots.push_back({node, 1});
        }
        root = n ? nodes[0] : nullptr;
    }
    judge_rt::Writer w;
    judge_rt::write(w, root);
    printf("%s\n", w.str().c_str());
}
