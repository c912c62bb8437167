bool cents(double x) { return x >= 0 && x <= 1e6 && fabs(x * 100 - llround(x * 100)) < 1e-6; }
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& p = input[0].items;
    if (p.size() < 2 || p.size() > 1000) return "prices.length out of range";
    for (const auto& x : p)
      if (!cents(x.number)) return "price is not a whole number of cents in [0, 10^6]";
    if (!cents(input[1].number)) return "target is not a whole number of cents in [0, 10^6]";
    return "";
  });
}
