int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& x = input[0].items;
    const auto& y = input[1].items;
    if (x.size() < 1 || x.size() > 100000) return "x.length out of range";
    if (y.size() != x.size()) return "y.length != x.length";
    for (const auto& v : x)
      if (!(v.number >= 0 && v.number <= 1e6)) return "x[i] out of [0, 10^6]";
    for (const auto& v : y)
      if (v.integer < 0 || v.integer > 100) return "y[i] out of [0, 100]";
    return "";
  });
}
