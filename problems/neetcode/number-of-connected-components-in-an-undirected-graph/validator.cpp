// n: 1..2000; edges: 1..5000 pairs [a, b] with 0 <= a <= b < n, a != b, no edge twice.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    long long n = input[0].integer;
    if (n < 1 || n > 2000) return "n out of range";
    const auto& e = input[1].items;
    if (e.size() < 1 || e.size() > 5000) return "edges.length out of range";
    set<pair<long long, long long>> seen;
    for (const auto& p : e) {
      if (p.items.size() != 2) return "an edge is not a pair";
      long long a = p.items[0].integer, b = p.items[1].integer;
      if (!(0 <= a && a < b && b < n)) return "edge needs 0 <= a < b < n";
      if (!seen.insert({a, b}).second) return "repeated edge";
    }
    return "";
  });
}
