int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two arguments";
    const auto& a = input[0].items;
    const auto& b = input[1].items;
    if (a.size() < 1 || a.size() > 100000) return "yTrue.length out of range";
    if (b.size() != a.size()) return "yPred.length differs from yTrue.length";
    for (const auto* v : {&a, &b})
      for (const auto& x : *v) {
        if (!x.is_numeric()) return "value is not a number";
        if (!(x.number >= -1e6 && x.number <= 1e6)) return "value out of [-10^6, 10^6]";
      }
    // The stated conditioning guarantee: non-constant yTrue has std >= 1e-6 * max |yTrue|.
    bool constant = true;
    long double mean = 0, mx = 0;
    for (const auto& x : a) {
      if (x.number != a[0].number) constant = false;
      mean += x.number;
      mx = max(mx, fabsl(x.number));
    }
    if (!constant) {
      mean /= a.size();
      long double var = 0;
      for (const auto& x : a) var += (x.number - mean) * (x.number - mean);
      var /= a.size();
      if (sqrtl(var) < 1e-6L * mx) return "yTrue is nearly constant (ill-conditioned)";
    }
    return "";
  });
}
