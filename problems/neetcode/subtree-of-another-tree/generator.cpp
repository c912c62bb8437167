// Subtree of Another Tree tests: generator N M SEED MODE prints root (N nodes) and
// subRoot (M nodes at most), values in [-10^4, 10^4].
// graft / graft-negative: a random tree of N-M nodes with an exact copy of a random
//   M-node subRoot hung at a random free slot (true);
// graft-extra-leaf: the grafted copy has one more leaf than subRoot (false);
// graft-value: one value of the grafted copy differs (false);
// pick: subRoot is a copy of the subtree of a random N-node root whose size is
//   closest to M from below (true);
// zero-complete: complete trees of N and M zeros; no subtree of root has M nodes (false);
// zero-chain: left chains of N and M zeros (true);
// zero-chain-miss: like zero-chain, but subRoot's last node is a right child (false).
mt19937_64 rng;
int draw(int a, int b) { return uniform_int_distribution<int>(a, b)(rng); }
int lo = -10000, hi = 10000;

TreeNode*& slot(TreeNode* p, int side) { return side == 0 ? p->left : p->right; }
TreeNode* copy(TreeNode* n) { return n ? new TreeNode(n->val, copy(n->left), copy(n->right)) : nullptr; }
void collect(TreeNode* n, vector<TreeNode*>& out) {
    if (!n) return;
    out.push_back(n);
    collect(n->left, out);
    collect(n->right, out);
}
int size(TreeNode* n) { return n ? 1 + size(n->left) + size(n->right) : 0; }

// A free child slot of t chosen uniformly among all free slots.
pair<TreeNode*, int> freeSlot(TreeNode* t) {
    vector<TreeNode*> all;
    collect(t, all);
    vector<pair<TreeNode*, int>> free;
    for (TreeNode* x : all)
        for (int s : {0, 1})
            if (!slot(x, s)) free.push_back({x, s});
    return free[draw(0, (int)free.size() - 1)];
}

TreeNode* build(int n, const string& shape, int value = INT_MIN) {
    vector<TreeNode*> nodes;
    for (int i = 0; i < n; ++i) {
        TreeNode* node = new TreeNode(value == INT_MIN ? draw(lo, hi) : value);
        if (i == 0) {
        } else if (shape == "complete") {
            slot(nodes[(i - 1) / 2], (i - 1) % 2) = node;
        } else if (shape == "left-chain") {
            nodes.back()->left = node;
        } else {
            auto [p, s] = freeSlot(nodes[0]);
            slot(p, s) = node;
        }
        nodes.push_back(node);
    }
    return nodes[0];
}

int main(int argc, char** argv) {
    int n = atoi(argv[1]), m = atoi(argv[2]);
    rng.seed(atoll(argv[3]));
    string mode = argv[4];
    if (mode == "graft-negative") hi = -1;
    TreeNode *root, *sub;
    if (mode.rfind("graft", 0) == 0) {
        int extra = mode == "graft-extra-leaf";
        root = build(n - m - extra, "random");
        sub = build(m, "random");
        TreeNode* c = copy(sub);
        vector<TreeNode*> all;
        collect(c, all);
        if (extra) {
            auto [p, s] = freeSlot(c);
            slot(p, s) = new TreeNode(draw(lo, hi));
        } else if (mode == "graft-value") {
            TreeNode* x = all[draw(0, (int)all.size() - 1)];
            int v;
            do v = draw(lo, hi); while (v == x->val);
            x->val = v;
        }
        auto [p, s] = freeSlot(root);
        slot(p, s) = c;
    } else if (mode == "pick") {
        root = build(n, "random");
        vector<TreeNode*> all;
        collect(root, all);
        TreeNode* best = nullptr;
        int bestSize = 0;
        for (TreeNode* x : all) {
            int s = size(x);
            if (s <= m && s > bestSize) best = x, bestSize = s;
        }
        sub = copy(best);
    } else if (mode == "zero-complete") {
        root = build(n, "complete", 0);
        sub = build(m, "complete", 0);
    } else {
        root = build(n, "left-chain", 0);
        sub = build(m, "left-chain", 0);
        if (mode == "zero-chain-miss") {
            TreeNode* x = sub;
            while (x->left->left) x = x->left;
            swap(x->left, x->right);
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, root);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, sub);
    printf("%s\n", w2.str().c_str());
}
