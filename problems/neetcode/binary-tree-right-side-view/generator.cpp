// Trees for Binary Tree Right Side View: generator N SEED SHAPE VALUES.
// VALUES: any = [-100, 100]; negative = [-100, -1]; extremes = only -100 and 100.
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
    string shape = argv[3], values = argv[4];
    auto val = [&](int) {
        if (values == "extremes") return uniform_int_distribution<int>(0, 1)(rng) ? 100 : -100;
        return uniform_int_distribution<int>(-100, values == "negative" ? -1 : 100)(rng);
    };
    TreeNode* root = make_tree(n, shape, rng, val);
    judge_rt::Writer w;
    judge_rt::write(w, root);
    printf("%s\n", w.str().c_str());
}
