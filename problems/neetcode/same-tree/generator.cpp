// Same Tree tests: generator N SEED MODE prints two trees p and q, values in [-10^4, 10^4].
// same: a random tree of N nodes and an identical copy; same-chain: the same for a chain
// whose side is random at every step; value: the copy differs in the value of one random
// node; shape: a lone child in the copy moves to its parent's other side (the preorder
// values stay the same); extra-leaf / missing-leaf: the copy lacks one leaf of p /
// q has one leaf more than p (N nodes in the larger tree); mirror: q is p mirrored.
mt19937_64 rng;
int draw(int a, int b) { return uniform_int_distribution<int>(a, b)(rng); }

TreeNode* copy(TreeNode* n) { return n ? new TreeNode(n->val, copy(n->left), copy(n->right)) : nullptr; }
TreeNode* mirror(TreeNode* n) { return n ? new TreeNode(n->val, mirror(n->right), mirror(n->left)) : nullptr; }
void collect(TreeNode* n, vector<TreeNode*>& out) {
    if (!n) return;
    out.push_back(n);
    collect(n->left, out);
    collect(n->right, out);
}

TreeNode* build(int n, bool chain) {
    vector<TreeNode*> nodes;
    vector<pair<TreeNode*, int>> slots;
    auto slot = [](TreeNode* p, int side) -> TreeNode*& { return side == 0 ? p->left : p->right; };
    for (int i = 0; i < n; ++i) {
        TreeNode* node = new TreeNode(draw(-10000, 10000));
        if (i > 0 && chain) {
            slot(nodes.back(), draw(0, 1)) = node;
        } else if (i > 0) {
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
    return n ? nodes[0] : nullptr;
}

// Removes a random leaf (not the root) of t.
void dropLeaf(TreeNode* t) {
    vector<TreeNode*> all;
    collect(t, all);
    vector<TreeNode*> parents;
    for (TreeNode* x : all)
        if ((x->left && !x->left->left && !x->left->right) || (x->right && !x->right->left && !x->right->right))
            parents.push_back(x);
    TreeNode* p = parents[draw(0, (int)parents.size() - 1)];
    bool leftLeaf = p->left && !p->left->left && !p->left->right;
    bool rightLeaf = p->right && !p->right->left && !p->right->right;
    if (leftLeaf && (!rightLeaf || draw(0, 1))) p->left = nullptr; else p->right = nullptr;
}

int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    rng.seed(atoll(argv[2]));
    string mode = argv[3];
    TreeNode* p = build(n, mode == "same-chain");
    TreeNode* q = copy(p);
    if (mode == "value") {
        vector<TreeNode*> all;
        collect(q, all);
        TreeNode* x = all[draw(0, (int)all.size() - 1)];
        int v;
        do v = draw(-10000, 10000); while (v == x->val);
        x->val = v;
    } else if (mode == "shape") {
        vector<TreeNode*> all, lone;
        collect(q, all);
        for (TreeNode* x : all)
            if ((x->left != nullptr) != (x->right != nullptr)) lone.push_back(x);
        TreeNode* x = lone[draw(0, (int)lone.size() - 1)];
        swap(x->left, x->right);
    } else if (mode == "extra-leaf") {
        dropLeaf(q);
    } else if (mode == "missing-leaf") {
        dropLeaf(p);
    } else if (mode == "mirror") {
        q = mirror(p);
    }
    judge_rt::Writer w;
    judge_rt::write(w, p);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, q);
    printf("%s\n", w2.str().c_str());
}
