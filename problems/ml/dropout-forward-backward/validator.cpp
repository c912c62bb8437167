int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& x = input[0].items;
    const auto& mask = input[1].items;
    const auto& up = input[3].items;
    if (x.size() < 1 || x.size() > 100000) return "x.length out of range";
    if (mask.size() != x.size()) return "mask.length differs from x.length";
    if (up.size() != x.size()) return "upstream.length differs from x.length";
    if (!input[2].is_numeric() || !(input[2].number >= 0 && input[2].number <= 1)) return "p out of [0, 1]";
    bool pOne = input[2].number == 1;
    for (const auto& m : mask) {
      if (m.kind != judge_rt::Value::Kind::Integer || (m.integer != 0 && m.integer != 1)) return "mask value is not 0 or 1";
      if (pOne && m.integer != 0) return "p = 1 but the mask keeps a unit";
    }
    for (const auto* v : {&x, &up})
      for (const auto& a : *v) {
        if (!a.is_numeric()) return "value is not a number";
        if (!(a.number >= -1e4 && a.number <= 1e4)) return "value out of [-10^4, 10^4]";
      }
    return "";
  });
}
