int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two arguments";
    const auto& y = input[0].items;
    const auto& s = input[1].items;
    if (y.size() < 1 || y.size() > 100000) return "y.length out of range";
    if (s.size() != y.size()) return "scores.length differs from y.length";
    for (const auto& v : y)
      if (v.kind != judge_rt::Value::Kind::Integer || (v.integer != 1 && v.integer != -1)) return "y[i] is not -1 or 1";
    for (const auto& v : s) {
      if (!v.is_numeric()) return "scores[i] is not a number";
      if (!(v.number >= -1e6 && v.number <= 1e6)) return "scores[i] out of [-10^6, 10^6]";
    }
    return "";
  });
}
