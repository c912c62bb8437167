int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& X = input[0].items;
    const auto& y = input[1].items;
    size_t n = X.size();
    if (n < 1 || n > 20000) return "X.length out of range";
    if (y.size() != n) return "y.length differs from X.length";
    size_t d = X[0].items.size();
    if (d < 1 || d > 20) return "d out of [1, 20]";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of X have different lengths";
      for (const auto& v : row.items) {
        if (!v.is_numeric() || !(v.number >= -100 && v.number <= 100)) return "feature out of [-100, 100]";
        if (v.number != std::floor(v.number)) return "feature is not an integer";
      }
    }
    for (const auto& v : y)
      if (v.kind != judge_rt::Value::Kind::Integer || (v.integer != 1 && v.integer != -1)) return "label is not 1 or -1";
    if (input[2].kind != judge_rt::Value::Kind::Integer) return "epochs is not an integer";
    long long epochs = input[2].integer;
    if (epochs < 0 || epochs > 1000) return "epochs out of [0, 1000]";
    if ((long long)n * (long long)d * epochs > 20000000) return "n * d * epochs > 2e7";
    if (!input[3].is_numeric()) return "lr is not a number";
    double lr = input[3].number;
    bool power = false;
    for (int k = -10; k <= 3; ++k)
      if (lr == std::ldexp(1.0, k)) power = true;
    if (!power) return "lr is not 2^k for -10 <= k <= 3";
    return "";
  });
}
