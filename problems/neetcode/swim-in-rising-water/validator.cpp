// grid: n x n with 1 <= n <= 50, holding every value 0..n^2-1 exactly once.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using judge_rt::Value;
    if (input.size() != 1) return "expected one literal";
    const auto& g = input[0].items;
    size_t n = g.size();
    if (n < 1 || n > 50) return "n out of range";
    vector<bool> seen(n * n, false);
    for (size_t i = 0; i < n; ++i) {
      if (g[i].kind != Value::Kind::List || g[i].items.size() != n) return "row " + to_string(i) + " does not have n cells";
      for (size_t j = 0; j < n; ++j) {
        const Value& v = g[i].items[j];
        if (v.kind != Value::Kind::Integer || v.integer < 0 || v.integer >= (long long)(n * n))
          return "grid[" + to_string(i) + "][" + to_string(j) + "] out of range";
        if (seen[v.integer]) return "value " + to_string(v.integer) + " appears twice";
        seen[v.integer] = true;
      }
    }
    return "";
  });
}
