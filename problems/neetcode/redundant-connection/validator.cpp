// edges: n = 3..1000 pairs [a, b] with 1 <= a < b <= n, no pair twice, and the graph on
// nodes 1..n connected (so it is a tree plus exactly one edge).
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    const auto& e = input[0].items;
    long long n = e.size();
    if (n < 3 || n > 1000) return "edges.length out of range";
    set<pair<long long, long long>> seen;
    vector<int> parent(n + 1);
    iota(parent.begin(), parent.end(), 0);
    function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
    int components = n;
    for (const auto& p : e) {
      if (p.items.size() != 2) return "an edge is not a pair";
      long long a = p.items[0].integer, b = p.items[1].integer;
      if (!(1 <= a && a < b && b <= n)) return "edge needs 1 <= a < b <= n";
      if (!seen.insert({a, b}).second) return "repeated edge";
      int ra = find(a), rb = find(b);
      if (ra != rb) parent[ra] = rb, --components;
    }
    if (components != 1) return "graph is not connected";
    return "";
  });
}
