int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& X = input[0].items;
    const auto& y = input[1].items;
    long long maxDepth = input[2].integer, minLeaf = input[3].integer;
    const auto& T = input[4].items;
    size_t n = X.size();
    if (n < 1 || n > 10000) return "X.length out of range";
    if (y.size() != n) return "y.length != X.length";
    size_t d = X[0].items.size();
    if (d < 1 || d > 10) return "X[i].length out of range";
    if (maxDepth < 0 || maxDepth > 10) return "maxDepth out of range";
    if (minLeaf < 1 || minLeaf > (long long)n) return "minSamplesLeaf out of range";
    if (T.size() < 1 || T.size() > 10000) return "testX.length out of range";
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
