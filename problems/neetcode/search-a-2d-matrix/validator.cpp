int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& g = input[0].items;
    long long t = input[1].integer;
    if (g.size() < 1 || g.size() > 100) return "m out of range";
    size_t n = g[0].items.size();
    if (n < 1 || n > 100) return "n out of range";
    if (t < -10000 || t > 10000) return "target out of range";
    long long prev = LLONG_MIN;
    for (const auto& row : g) {
      if (row.items.size() != n) return "ragged rows";
      for (size_t j = 0; j < n; ++j) {
        long long v = row.items[j].integer;
        if (v < -10000 || v > 10000) return "value out of range";
        if (j == 0 ? v <= prev : v < prev) return "order broken";
        prev = v;
      }
    }
    return "";
  });
}
