int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& X = input[0].items;
    const auto& y = input[1].items;
    size_t n = X.size();
    if (n < 1 || n > 20000) return "X.length out of range";
    if (y.size() != n) return "y.length differs from X.length";
    size_t d = X[0].items.size();
    if (d < 1 || d > 50) return "d out of [1, 50]";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of X have different lengths";
      for (const auto& v : row.items)
        if (!v.is_numeric() || !(v.number >= -100 && v.number <= 100)) return "X value out of [-100, 100]";
    }
    for (const auto& v : y)
      if (!v.is_numeric() || !(v.number >= -1e4 && v.number <= 1e4)) return "y value out of [-10^4, 10^4]";
    if (!input[2].is_numeric()) return "lambda is not a number";
    double lambda = input[2].number;
    if (!(lambda >= 0 && lambda <= 1e4)) return "lambda out of [0, 10^4]";
    if (input[3].kind != judge_rt::Value::Kind::Integer) return "iterations is not an integer";
    long long it = input[3].integer;
    if (it < 0 || it > 1000) return "iterations out of [0, 1000]";
    if ((long long)n * (long long)d * it > 20000000) return "n * d * iterations > 2e7";
    return "";
  });
}
