int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& X = input[0].items;
    const auto& y = input[1].items;
    double lr = input[2].number;
    long long epochs = input[3].integer;
    if (X.size() < 1 || X.size() > 200) return "X.length out of range";
    if (y.size() != X.size()) return "y.length differs from X.length";
    size_t d = X[0].items.size();
    if (d < 1 || d > 10) return "column count out of range";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of different lengths";
      for (const auto& x : row.items)
        if (!(x.number >= -10 && x.number <= 10)) return "feature out of range";
    }
    for (const auto& v : y)
      if (v.integer != 0 && v.integer != 1) return "label is not 0 or 1";
    if (!(lr > 0 && lr <= 1)) return "lr out of range";
    if (epochs < 0 || epochs > 1000) return "epochs out of range";
    return "";
  });
}
