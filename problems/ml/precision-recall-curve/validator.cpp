int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& y = input[0].items;
    const auto& s = input[1].items;
    if (y.size() < 1 || y.size() > 100000) return "yTrue.length out of range";
    if (s.size() != y.size()) return "scores.length differs from yTrue.length";
    int pos = 0;
    for (const auto& x : y) {
      if (x.integer != 0 && x.integer != 1) return "label is not 0 or 1";
      pos += x.integer;
    }
    if (pos == 0) return "no positive sample";
    for (const auto& x : s)
      if (!(x.number >= -1e6 && x.number <= 1e6)) return "score out of [-10^6, 10^6]";
    return "";
  });
}
