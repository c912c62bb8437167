int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& X = input[0].items;
    const auto& y = input[1].items;
    const auto& F = input[2].items;
    double nu = input[3].number;
    size_t n = X.size();
    if (n < 1 || n > 100000) return "X.length out of range";
    if (y.size() != n || F.size() != n) return "y.length or F.length != X.length";
    size_t d = X[0].items.size();
    if (d < 1 || d > 20) return "X[i].length out of range";
    if (n * d > 200000) return "n * d > 2 * 10^5";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of X differ in length";
      for (const auto& v : row.items)
        if (!(v.number >= -1e6 && v.number <= 1e6)) return "X[i][j] out of range";
    }
    for (const auto& v : y)
      if (v.kind != judge_rt::Value::Kind::Integer || (v.integer != 0 && v.integer != 1)) return "y[i] not 0 or 1";
    for (const auto& v : F)
      if (!(v.number >= -10 && v.number <= 10)) return "F[i] out of [-10, 10]";
    if (!(nu >= 0 && nu <= 1)) return "learningRate out of [0, 1]";
    return "";
  });
}
