int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two arguments";
    const auto& P = input[0].items;
    const auto& y = input[1].items;
    size_t n = P.size();
    if (n < 1 || n > 100000) return "probs.length out of range";
    if (y.size() != n) return "labels.length differs from probs.length";
    size_t k = P[0].items.size();
    if (k < 2 || k > 100) return "probs[i].length out of range";
    if (n * k > 200000) return "n * k above 2e5";
    for (size_t i = 0; i < n; ++i) {
      const auto& row = P[i].items;
      if (row.size() != k) return "rows of different lengths";
      double s = 0;
      for (const auto& v : row) {
        if (!v.is_numeric()) return "probs[i][j] is not a number";
        if (!(v.number >= 0 && v.number <= 1)) return "probs[i][j] out of [0, 1]";
        s += v.number;
      }
      if (!(fabs(s - 1) <= 1e-6)) return "row " + to_string(i) + " does not sum to 1";
      if (y[i].kind != judge_rt::Value::Kind::Integer) return "labels[i] is not an integer";
      if (y[i].integer < 0 || y[i].integer >= (long long)k) return "labels[i] out of [0, k)";
    }
    return "";
  });
}
