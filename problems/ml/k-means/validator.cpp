int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 3) return "expected three arguments";
    const auto& X = input[0].items;
    const auto& C = input[1].items;
    size_t n = X.size(), K = C.size();
    if (n < 1 || n > 10000) return "X.length out of range";
    if (K < 1 || K > 50) return "initialCentroids.length out of [1, 50]";
    size_t d = X[0].items.size();
    if (d < 1 || d > 20) return "d out of [1, 20]";
    for (const auto* rows : {&X, &C})
      for (const auto& row : *rows) {
        if (row.items.size() != d) return "points and centroids must all have d coordinates";
        for (const auto& v : row.items)
          if (!v.is_numeric() || !(v.number >= -1e4 && v.number <= 1e4)) return "coordinate out of [-10^4, 10^4]";
      }
    if (input[2].kind != judge_rt::Value::Kind::Integer) return "iterations is not an integer";
    long long it = input[2].integer;
    if (it < 0 || it > 100) return "iterations out of [0, 100]";
    if ((long long)n * (long long)K * (long long)d * it > 50000000) return "n * K * d * iterations > 5e7";
    return "";
  });
}
