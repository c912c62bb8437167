// 1 <= n <= 100; 0 <= flights.length <= n(n-1)/2; flights [from, to, price] with
// 0 <= from, to < n, from != to, 1 <= price <= 10^4, (from, to) unique;
// 0 <= src, dst, k < n; src != dst.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using judge_rt::Value;
    if (input.size() != 5) return "expected five literals";
    long long n = input[0].integer, src = input[2].integer, dst = input[3].integer, k = input[4].integer;
    if (n < 1 || n > 100) return "n out of range";
    const auto& f = input[1].items;
    if ((long long)f.size() > n * (n - 1) / 2) return "flights.length out of range";
    set<pair<long long, long long>> seen;
    for (size_t i = 0; i < f.size(); ++i) {
      if (f[i].kind != Value::Kind::List || f[i].items.size() != 3) return "flights[" + to_string(i) + "] is not a triple";
      long long a = f[i].items[0].integer, b = f[i].items[1].integer, p = f[i].items[2].integer;
      if (a < 0 || a >= n || b < 0 || b >= n) return "flights[" + to_string(i) + "]: city out of range";
      if (a == b) return "flights[" + to_string(i) + "]: from == to";
      if (p < 1 || p > 10000) return "flights[" + to_string(i) + "]: price out of range";
      if (!seen.insert({a, b}).second) return "flights[" + to_string(i) + "]: repeated flight";
    }
    if (src < 0 || src >= n || dst < 0 || dst >= n) return "src or dst out of range";
    if (src == dst) return "src == dst";
    if (k < 0 || k >= n) return "k out of range";
    return "";
  });
}
