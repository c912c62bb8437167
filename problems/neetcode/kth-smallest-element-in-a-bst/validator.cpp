// root: a valid BST of n nodes, 1 <= k <= n <= 10^4, distinct values in [0, 10^4].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& items = input[0].items;
    if (items.empty()) return "the tree must not be empty";
    // rebuild child indices from the level-order literal
    int m = items.size();
    vector<int> left(m, -1), right(m, -1), queue{0};
    size_t head = 0;
    bool left_side = true;
    for (int i = 1; i < m; ++i) {
      if (head >= queue.size()) return "more values than child slots";
      bool present = items[i].kind != judge_rt::Value::Kind::Null;
      if (present) queue.push_back(i);
      if (left_side) left[queue[head]] = present ? i : -1;
      else right[queue[head]] = present ? i : -1, ++head;
      left_side = !left_side;
    }
    int n = queue.size();
    if (n > 10000) return "too many nodes";
    // in-order must be strictly increasing, values within [0, 10^4]
    vector<int> st;
    int cur = 0;
    long long prev = -1;
    while (cur != -1 || !st.empty()) {
      while (cur != -1) st.push_back(cur), cur = left[cur];
      cur = st.back();
      st.pop_back();
      long long v = items[cur].integer;
      if (v < 0 || v > 10000) return "node value out of range";
      if (v <= prev) return "not a BST with distinct values";
      prev = v;
      cur = right[cur];
    }
    long long k = input[1].integer;
    if (k < 1 || k > n) return "k out of range";
    return "";
  });
}
