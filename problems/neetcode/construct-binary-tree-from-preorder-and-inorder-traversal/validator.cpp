// preorder / inorder: 1..3000 distinct values in [-3000, 3000], the two traversals of one tree.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    vector<int> pre, in;
    for (const auto& v : input[0].items) pre.push_back(v.integer);
    for (const auto& v : input[1].items) in.push_back(v.integer);
    int n = pre.size();
    if (n < 1 || n > 3000) return "length out of range";
    if ((int)in.size() != n) return "lengths differ";
    set<int> a(pre.begin(), pre.end()), b(in.begin(), in.end());
    if ((int)a.size() != n) return "preorder values are not distinct";
    if (a != b) return "the lists hold different values";
    if (*a.begin() < -3000 || *a.rbegin() > 3000) return "value out of range";
    // Rebuild (the reference's way) and traverse again: both lists must come back.
    map<int, int> where;
    for (int i = 0; i < n; ++i) where[in[i]] = i;
    vector<int> left(n, -1), right(n, -1);  // by preorder index
    int next = 0;
    bool bad = false;
    function<int(int, int)> build = [&](int lo, int hi) -> int {
      if (lo > hi || bad) return -1;
      int me = next++;
      int mid = where[pre[me]];
      if (mid < lo || mid > hi) { bad = true; return -1; }
      left[me] = build(lo, mid - 1);
      right[me] = build(mid + 1, hi);
      return me;
    };
    build(0, n - 1);
    if (bad || next != n) return "not the traversals of one tree";
    vector<int> pre2, in2;
    function<void(int)> walk = [&](int u) {
      if (u < 0) return;
      pre2.push_back(pre[u]);
      walk(left[u]);
      in2.push_back(pre[u]);
      walk(right[u]);
    };
    walk(0);
    if (pre2 != pre || in2 != in) return "not the traversals of one tree";
    return "";
  });
}
