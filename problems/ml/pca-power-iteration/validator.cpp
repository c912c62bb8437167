int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 3) return "expected three arguments";
    const auto& X = input[0].items;
    if (X.size() < 2 || X.size() > 500) return "X.length out of range";
    size_t d = X[0].items.size();
    if (d < 1 || d > 10) return "X[i].length out of range";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of different lengths";
      for (const auto& x : row.items)
        if (!x.is_numeric() || !(x.number >= -1e4 && x.number <= 1e4)) return "X[i][j] out of [-10^4, 10^4]";
    }
    if (input[1].kind != judge_rt::Value::Kind::Integer || input[1].integer < 1 || input[1].integer > (long long)d)
      return "k out of [1, d]";
    if (input[2].kind != judge_rt::Value::Kind::Integer || input[2].integer < 1 || input[2].integer > 1000)
      return "iterations out of [1, 1000]";
    return "";
  });
}
