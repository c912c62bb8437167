int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 3) return "expected three arguments";
    const auto& a = input[0].items;
    const auto& b = input[1].items;
    if (a.size() < 1 || a.size() > 100000) return "yTrue.length out of range";
    if (b.size() != a.size()) return "yPred.length differs from yTrue.length";
    for (const auto* v : {&a, &b})
      for (const auto& x : *v) {
        if (!x.is_numeric()) return "value is not a number";
        if (!(x.number >= -1e6 && x.number <= 1e6)) return "value out of [-10^6, 10^6]";
      }
    if (!input[2].is_numeric()) return "delta is not a number";
    double d = input[2].number;
    if (!(d >= 1e-3 && d <= 1e6)) return "delta out of [10^-3, 10^6]";
    return "";
  });
}
