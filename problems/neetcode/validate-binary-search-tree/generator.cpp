// Trees for Validate Binary Search Tree: generator N SEED SHAPE MODE.
// The shape is built first; then N distinct sorted values spread over the int range
// are written into it in in-order, which makes it a valid BST of that shape.
// MODE: valid; extremes = valid and the values include INT_MIN and INT_MAX;
// swap = two random nodes exchange values (invalid); dup = one node takes the value
// of its in-order predecessor (invalid, a duplicate); bound = a node deep in the tree
// gets a value one past the bound set by a non-parent ancestor (invalid, while every
// node is still ordered against its own children).
// Tree shapes: N nodes, values from val(i) (i = creation index, the root is 0).
// random: each new node takes a uniformly random free child slot; complete: level order;
// left-chain / right-chain: every node a left / right child; zigzag: a chain alternating
// sides; single-child: a chain whose side is random at each step; deep: new nodes mostly
// hang below the newest node; left-heavy / right-heavy: one subtree of the root gets about
// 3% of the nodes, the other the rest, grown deep; broom: a chain of half the nodes with a
// random bushy tree below it.
template <class Rng, class Val>
TreeNode* make_tree(int n, const string& shape, Rng& rng, Val val) {
    if (n == 0) return nullptr;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    auto slot = [](TreeNode* p, int side) -> TreeNode*& { return side == 0 ? p->left : p->right; };
    vector<TreeNode*> nodes;
    vector<pair<TreeNode*, int>> slots;  // candidate free slots, filled ones dropped lazily
    auto random_slot = [&](vector<pair<TreeNode*, int>>& pool, TreeNode* node) {
        for (;;) {
            size_t k = draw(0, (int)pool.size() - 1);
            auto [p, side] = pool[k];
            pool[k] = pool.back();
            pool.pop_back();
            if (!slot(p, side)) { slot(p, side) = node; return; }
        }
    };
    TreeNode* small_last = nullptr;  // heavy shapes: newest node of each side
    TreeNode* big_last = nullptr;
    int heavy = shape == "left-heavy" ? 0 : 1;
    for (int i = 0; i < n; ++i) {
        TreeNode* node = new TreeNode(val(i));
        if (i == 0) {
        } else if (shape == "complete") {
            slot(nodes[(i - 1) / 2], (i - 1) % 2) = node;
        } else if (shape == "left-chain" || shape == "right-chain" || shape == "zigzag" || shape == "single-child") {
            int side = shape == "left-chain" ? 0 : shape == "right-chain" ? 1 : shape == "zigzag" ? i % 2 : draw(0, 1);
            slot(nodes.back(), side) = node;
        } else if (shape == "left-heavy" || shape == "right-heavy") {
            bool small = i == 1 || (i > 2 && draw(0, 99) < 3);
            if (i == 1) slot(nodes[0], 1 - heavy) = node, small_last = node;
            else if (i == 2) slot(nodes[0], heavy) = node, big_last = node;
            else if (small) { slot(small_last, draw(0, 1)) = node; small_last = node; }
            else { slot(big_last, draw(0, 9) < 8 ? heavy : 1 - heavy) = node; big_last = node; }
        } else if (shape == "broom" && i < n / 2) {
            slot(nodes.back(), draw(0, 1)) = node;
            if (i == n / 2 - 1) slots.clear(), slots.push_back({node, 0}), slots.push_back({node, 1});
        } else if (shape == "deep" && draw(0, 9) < 8) {
            slot(nodes.back(), draw(0, 1)) = node;
        } else {
            random_slot(slots, node);
        }
        nodes.push_back(node);
        if (!(shape == "broom" && i < n / 2 - 1)) {
            slots.push_back({node, 0});
            slots.push_back({node, 1});
        }
    }
    return nodes[0];
}

int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string shape = argv[3], mode = argv[4];
    TreeNode* root = make_tree(n, shape, rng, [](int) { return 0; });
    // distinct values over the whole int range
    set<long long> chosen;
    if (mode == "extremes") chosen.insert(INT_MIN), chosen.insert(INT_MAX);
    while ((int)chosen.size() < n)
        chosen.insert(uniform_int_distribution<long long>(INT_MIN, INT_MAX)(rng));
    vector<long long> vals(chosen.begin(), chosen.end());
    // in-order positions, with each node's parent
    vector<TreeNode*> order;
    map<TreeNode*, TreeNode*> parent;
    {
        vector<TreeNode*> st;
        TreeNode* node = root;
        while (node || !st.empty()) {
            while (node) {
                if (node->left) parent[node->left] = node;
                if (node->right) parent[node->right] = node;
                st.push_back(node), node = node->left;
            }
            node = st.back();
            st.pop_back();
            order.push_back(node);
            node = node->right;
        }
    }
    for (int i = 0; i < n; ++i) order[i]->val = (int)vals[i];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    if (mode == "swap") {
        int i = draw(0, n - 1), j = draw(0, n - 2);
        if (j >= i) ++j;
        swap(order[i]->val, order[j]->val);
    } else if (mode == "dup") {
        int i = draw(1, n - 1);
        order[i]->val = order[i - 1]->val;
    } else if (mode == "bound") {
        // A node x without a left child has an ancestor as its in-order predecessor;
        // when that ancestor is not x's parent, x is a left child further down. Moving
        // x just below the predecessor keeps x ordered against its parent and its right
        // child, yet breaks the bound the ancestor sets for its whole right subtree.
        vector<int> cand;
        for (int i = 1; i < n; ++i) {
            TreeNode* x = order[i];
            if (!x->left && order[i - 1]->val > INT_MIN && parent[x] != order[i - 1]) cand.push_back(i);
        }
        int i = cand[draw(0, (int)cand.size() - 1)];
        order[i]->val = order[i - 1]->val - 1;
    }
    judge_rt::Writer w;
    judge_rt::write(w, root);
    printf("%s\n", w.str().c_str());
}
