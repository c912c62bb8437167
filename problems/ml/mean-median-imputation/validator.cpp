int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two arguments";
    const auto& X = input[0].items;
    if (X.size() < 1 || X.size() > 100000) return "X.length out of range";
    size_t d = X[0].items.size();
    if (d < 1 || d > 100) return "d out of range";
    if (X.size() * d > 100000) return "n * d > 10^5";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of different lengths";
      for (const auto& x : row.items) {
        if (!x.is_numeric()) return "value is not a number";
        if (x.number == -999999) continue;
        if (!(x.number >= -1e5 && x.number <= 1e5)) return "present value out of [-10^5, 10^5]";
      }
    }
    if (input[1].kind != judge_rt::Value::Kind::String) return "strategy is not a string";
    if (input[1].string != "mean" && input[1].string != "median") return "strategy is not mean or median";
    return "";
  });
}
