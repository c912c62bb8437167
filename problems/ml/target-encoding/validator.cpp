int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& tc = input[0].items;
    const auto& ty = input[1].items;
    const auto& qc = input[2].items;
    if (tc.size() < 1 || tc.size() > 100000) return "trainCats.length out of range";
    if (ty.size() != tc.size()) return "trainY.length differs from trainCats.length";
    if (qc.size() < 1 || qc.size() > 100000) return "testCats.length out of range";
    for (const auto* v : {&tc, &qc})
      for (const auto& x : *v) {
        if (x.kind != judge_rt::Value::Kind::String) return "category is not a string";
        if (x.string.size() < 1 || x.string.size() > 10) return "category length out of [1, 10]";
        for (char c : x.string)
          if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) return "category has a character other than a-z, 0-9";
      }
    for (const auto& y : ty) {
      if (!y.is_numeric()) return "target is not a number";
      if (!(y.number >= -1e4 && y.number <= 1e4)) return "target out of [-10^4, 10^4]";
    }
    if (!input[3].is_numeric()) return "smoothing is not a number";
    if (!(input[3].number >= 0 && input[3].number <= 1e4)) return "smoothing out of [0, 10^4]";
    return "";
  });
}
