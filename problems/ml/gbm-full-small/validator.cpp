int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& X = input[0].items;
    const auto& y = input[1].items;
    long long rounds = input[2].integer;
    double lr = input[3].number;
    long long maxDepth = input[4].integer;
    const auto& T = input[5].items;
    size_t n = X.size();
    if (n < 1 || n > 1000) return "X.length out of range";
    if (y.size() != n) return "y.length != X.length";
    size_t d = X[0].items.size();
    if (d < 1 || d > 10) return "X[i].length out of range";
    if (rounds < 0 || rounds > 100) return "rounds out of range";
    if (!(lr > 0 && lr <= 1)) return "lr out of (0, 1]";
    if (maxDepth < 0 || maxDepth > 5) return "maxDepth out of range";
    if (T.size() < 1 || T.size() > 1000) return "testX.length out of range";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of X differ in length";
      for (const auto& v : row.items)
        if (!(v.number >= -1e6 && v.number <= 1e6)) return "X[i][j] out of range";
    }
    for (const auto& row : T) {
      if (row.items.size() != d) return "testX[i].length != X[0].length";
      for (const auto& v : row.items)
        if (!(v.number >= -1e6 && v.number <= 1e6)) return "testX[i][j] out of range";
    }
    for (const auto& v : y)
      if (!(v.number >= -1e6 && v.number <= 1e6)) return "y[i] out of range";
    return "";
  });
}
