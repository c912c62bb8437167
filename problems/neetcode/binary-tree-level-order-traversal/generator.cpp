// Trees for Binary Tree Level Order Traversal: generator N SEED MODE, values in [-1000, 1000].
// random: each new node takes a uniformly random free child slot;
// negative: like random with values in [-1000, -1]; complete: level-order filled;
// left-chain / right-chain: every node a left / right child (depth N);
// zigzag: a chain alternating left and right; single-child: a chain whose side is
// random at every step; deep: new nodes mostly hang below the newest node.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    int lo = -1000, hi = mode == "negative" ? -1 : 1000;
    vector<TreeNode*> nodes;
    vector<pair<TreeNode*, int>> slots;  // candidate free slots: (parent, 0 = left / 1 = right)
    auto slot = [](TreeNode* p, int side) -> TreeNode*& { return side == 0 ? p->left : p->right; };
    for (int i = 0; i < n; ++i) {
        TreeNode* node = new TreeNode(draw(lo, hi));
        if (i == 0) {
            // the root
        } else if (mode == "complete") {
            slot(nodes[(i - 1) / 2], (i - 1) % 2) = node;
        } else if (mode == "left-chain" || mode == "right-chain" || mode == "zigzag" || mode == "single-child") {
            int side = mode == "left-chain" ? 0 : mode == "right-chain" ? 1 : mode == "zigzag" ? i % 2 : draw(0, 1);
            slot(nodes.back(), side) = node;
        } else if (mode == "deep" && draw(0, 9) < 8) {
            TreeNode* p = nodes.back();  // the newest node has both slots free
            slot(p, draw(0, 1)) = node;
        } else {
            // a uniformly random free slot (filled ones are discarded lazily)
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
    judge_rt::Writer w;
    judge_rt::write(w, n ? nodes[0] : (TreeNode*)nullptr);
    printf("%s\n", w.str().c_str());
}
