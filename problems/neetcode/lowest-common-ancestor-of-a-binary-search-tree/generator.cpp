// LCA in a BST tests: generator N SEED SHAPE PAIR prints root, p and q (values).
// N distinct values in [-10^9, 10^9] (extremes: within 10^6 of -10^9 or 10^9, both ends included).
// SHAPE: random (values inserted in random order), balanced (middle value at every root),
//   right-chain / left-chain (increasing / decreasing, depth N), zigzag (a chain that
//   alternates right and left, closing in from both ends), caterpillar (a right spine of
//   N/2 nodes, each with a left leaf), extremes (random insertion order).
// PAIR: random (two distinct nodes); q-above (p a deepest node, q its ancestor 1-3 levels
//   up); p-above (the same with p and q swapped); split-deep (p and q the deepest nodes of
//   the two subtrees of the deepest node with two children, in random order);
//   p-shallow-split (p a child of a random node x with two children, q the deepest node
//   under x's other child, deeper than p).
mt19937_64 rng;
long long draw(long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); }

int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    rng.seed(atoll(argv[2]));
    string shape = argv[3], pair_mode = argv[4];
    set<int> used;
    if (shape == "extremes") used = {-1000000000, 1000000000};
    while ((int)used.size() < n) {
        long long v = draw(-1000000000, 1000000000);
        if (shape == "extremes") v = draw(0, 1) ? -1000000000 + draw(0, 1000000) : 1000000000 - draw(0, 1000000);
        used.insert((int)v);
    }
    vector<int> v(used.begin(), used.end());  // sorted
    vector<TreeNode*> made;
    auto make = [&](int x) { made.push_back(new TreeNode(x)); return made.back(); };
    TreeNode* root = nullptr;
    if (shape == "random" || shape == "extremes") {
        shuffle(v.begin(), v.end(), rng);
        for (int x : v) {
            TreeNode* node = make(x);
            if (!root) { root = node; continue; }
            TreeNode* cur = root;
            for (;;) {
                TreeNode*& next = x < cur->val ? cur->left : cur->right;
                if (!next) { next = node; break; }
                cur = next;
            }
        }
    } else if (shape == "balanced") {
        function<TreeNode*(int, int)> build = [&](int lo, int hi) -> TreeNode* {
            if (lo > hi) return nullptr;
            int mid = (lo + hi) / 2;
            TreeNode* node = make(v[mid]);
            node->left = build(lo, mid - 1);
            node->right = build(mid + 1, hi);
            return node;
        };
        root = build(0, n - 1);
    } else if (shape == "right-chain" || shape == "left-chain") {
        if (shape == "left-chain") reverse(v.begin(), v.end());
        TreeNode* last = nullptr;
        for (int x : v) {
            TreeNode* node = make(x);
            if (!last) root = node; else (shape == "right-chain" ? last->right : last->left) = node;
            last = node;
        }
    } else if (shape == "zigzag") {
        int lo = 0, hi = n - 1;
        TreeNode* last = nullptr;
        for (int i = 0; lo <= hi; ++i) {
            TreeNode* node = make(i % 2 == 0 ? v[lo++] : v[hi--]);
            if (!last) root = node; else (i % 2 == 1 ? last->right : last->left) = node;
            last = node;
        }
    } else if (shape == "caterpillar") {
        TreeNode* last = nullptr;
        for (int i = 0; i + 1 < n; i += 2) {
            TreeNode* spine = make(v[i + 1]);
            spine->left = make(v[i]);
            if (!last) root = spine; else last->right = spine;
            last = spine;
        }
    }
    // Breadth-first order, parents and depths; then the deepest node of every subtree.
    vector<TreeNode*> order{root};
    unordered_map<TreeNode*, TreeNode*> parent;
    unordered_map<TreeNode*, int> depth;
    depth[root] = 0;
    for (size_t i = 0; i < order.size(); ++i)
        for (TreeNode* c : {order[i]->left, order[i]->right})
            if (c) parent[c] = order[i], depth[c] = depth[order[i]] + 1, order.push_back(c);
    unordered_map<TreeNode*, TreeNode*> deepest;
    for (size_t i = order.size(); i-- > 0;) {
        TreeNode* x = order[i];
        deepest[x] = x;
        for (TreeNode* c : {x->left, x->right})
            if (c && depth[deepest[c]] > depth[deepest[x]]) deepest[x] = deepest[c];
    }
    TreeNode *p = nullptr, *q = nullptr;
    if (pair_mode == "random") {
        int a = draw(0, n - 1), b = draw(0, n - 2);
        if (b >= a) ++b;
        p = order[a], q = order[b];
    } else if (pair_mode == "q-above" || pair_mode == "p-above") {
        vector<TreeNode*> bottom;
        for (TreeNode* x : order)
            if (depth[x] == depth[order.back()]) bottom.push_back(x);
        p = bottom[draw(0, (int)bottom.size() - 1)];
        q = p;
        for (int up = draw(1, 3); up > 0 && parent.count(q); --up) q = parent[q];
        if (pair_mode == "p-above") swap(p, q);
    } else if (pair_mode == "split-deep") {
        TreeNode* x = nullptr;
        for (TreeNode* y : order)
            if (y->left && y->right) x = y;  // the last one in BFS order is a deepest one
        p = deepest[x->left], q = deepest[x->right];
        if (draw(0, 1)) swap(p, q);
    } else if (pair_mode == "p-shallow-split") {
        vector<pair<TreeNode*, TreeNode*>> options;  // (shallow child, other child)
        for (TreeNode* y : order)
            if (y->left && y->right) {
                if (depth[deepest[y->right]] > depth[y->left]) options.push_back({y->left, y->right});
                if (depth[deepest[y->left]] > depth[y->right]) options.push_back({y->right, y->left});
            }
        auto [a, b] = options[draw(0, (int)options.size() - 1)];
        p = a, q = deepest[b];
    }
    judge_rt::Writer w;
    judge_rt::write(w, root);
    printf("%s\n%d\n%d\n", w.str().c_str(), p->val, q->val);
}
