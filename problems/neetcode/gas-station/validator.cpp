// gas, cost: equal lengths n in 1..10^5, values in 0..10^4; at most one start completes the circuit.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 2) return "expected two literals (gas, cost)";
    if (input[0].kind != K::List || input[1].kind != K::List) return "gas and cost must be lists";
    const auto& g = input[0].items;
    const auto& c = input[1].items;
    size_t n = g.size();
    if (n < 1 || n > 100000) return "gas.length out of range [1, 10^5]";
    if (c.size() != n) return "cost.length != gas.length";
    vector<long long> p(n + 1, 0);  // p[k]: sum of gas - cost over stations 0..k-1
    for (size_t i = 0; i < n; ++i) {
      if (g[i].kind != K::Integer || c[i].kind != K::Integer) return "gas and cost must hold integers";
      if (g[i].integer < 0 || g[i].integer > 10000) return "gas[i] out of range [0, 10^4]";
      if (c[i].integer < 0 || c[i].integer > 10000) return "cost[i] out of range [0, 10^4]";
      p[i + 1] = p[i] + g[i].integer - c[i].integer;
    }
    long long total = p[n];
    if (total < 0) return "";
    // Start s works iff p[s] <= p[j] for s <= j <= n and p[s] <= p[j] + total for j < s.
    vector<long long> sufmin(n + 1);
    sufmin[n] = p[n];
    for (size_t k = n; k-- > 0;) sufmin[k] = min(p[k], sufmin[k + 1]);
    long long premin = LLONG_MAX;
    int valid = 0;
    for (size_t s = 0; s < n; ++s) {
      if (p[s] <= sufmin[s] && (s == 0 || p[s] <= premin + total)) ++valid;
      premin = min(premin, p[s]);
    }
    if (valid != 1) return "the answer is not unique: " + to_string(valid) + " starting stations work";
    return "";
  });
}
