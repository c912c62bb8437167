// n: 1..2000; edges: 0..5000 pairs [a, b] with 0 <= a, b < n, a != b, no edge twice (in either direction).
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    long long n = input[0].integer;
    if (n < 1 || n > 2000) return "n out of range";
    const auto& e = input[1].items;
    if (e.size() > 5000) return "edges.length out of range";
    set<pair<long long, long long>> seen;
    for (const auto& p : e) {
      if (p.items.size() != 2) return "an edge is not a pair";
      long long a = p.items[0].integer, b = p.items[1].integer;
      if (a < 0 || a >= n || b < 0 || b >= n) return "node out of range";
      if (a == b) return "self-loop";
      if (!seen.insert({min(a, b), max(a, b)}).second) return "repeated edge";
    }
    return "";
  });
}
