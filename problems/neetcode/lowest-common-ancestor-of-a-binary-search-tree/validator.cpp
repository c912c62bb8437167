// root: a valid BST of 2..10^5 distinct values in [-10^9, 10^9]; p != q, both values in it.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 3) return "expected root, p and q";
    const auto& items = input[0].items;
    // Rebuild the tree from level order: node i's children are the next two slots.
    vector<long long> val;
    vector<int> left, right;
    if (items.empty() || items[0].kind == K::Null) return "empty tree";
    val.push_back(items[0].integer), left.push_back(-1), right.push_back(-1);
    size_t head = 0;
    bool leftSide = true;
    for (size_t i = 1; i < items.size(); ++i) {
      int child = -1;
      if (items[i].kind != K::Null) {
        child = val.size();
        val.push_back(items[i].integer), left.push_back(-1), right.push_back(-1);
      }
      if (leftSide) left[head] = child; else right[head++] = child;
      leftSide = !leftSide;
    }
    int n = val.size();
    if (n < 2 || n > 100000) return "node count out of range";
    set<long long> seen;
    for (long long v : val) {
      if (v < -1000000000 || v > 1000000000) return "node value out of range";
      if (!seen.insert(v).second) return "duplicate value";
    }
    // Every node within the open interval its ancestors allow.
    vector<tuple<int, long long, long long>> st{{0, LLONG_MIN, LLONG_MAX}};
    while (!st.empty()) {
      auto [i, lo, hi] = st.back();
      st.pop_back();
      if (val[i] <= lo || val[i] >= hi) return "not a binary search tree";
      if (left[i] >= 0) st.push_back({left[i], lo, val[i]});
      if (right[i] >= 0) st.push_back({right[i], val[i], hi});
    }
    long long p = input[1].integer, q = input[2].integer;
    if (p == q) return "p == q";
    if (!seen.count(p) || !seen.count(q)) return "p or q not in the tree";
    return "";
  });
}
