// times: 1..6000 links [u, v, w], 1 <= u, v <= n, u != v, 0 <= w <= 100, (u, v) unique;
// 1 <= k <= n <= 100.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using judge_rt::Value;
    if (input.size() != 3) return "expected three literals";
    long long n = input[1].integer, k = input[2].integer;
    if (n < 1 || n > 100) return "n out of range";
    if (k < 1 || k > n) return "k out of range";
    const auto& t = input[0].items;
    if (t.size() < 1 || t.size() > 6000) return "times.length out of range";
    set<pair<long long, long long>> seen;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i].kind != Value::Kind::List || t[i].items.size() != 3) return "times[" + to_string(i) + "] is not a triple";
      long long u = t[i].items[0].integer, v = t[i].items[1].integer, w = t[i].items[2].integer;
      if (u < 1 || u > n || v < 1 || v > n) return "times[" + to_string(i) + "]: node out of range";
      if (u == v) return "times[" + to_string(i) + "]: u == v";
      if (w < 0 || w > 100) return "times[" + to_string(i) + "]: w out of range";
      if (!seen.insert({u, v}).second) return "times[" + to_string(i) + "]: pair (u, v) repeated";
    }
    return "";
  });
}
