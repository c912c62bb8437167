int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& y = input[0].items;
    const auto& p = input[1].items;
    if (y.size() < 1 || y.size() > 100000) return "labels.length out of range";
    if (p.size() != y.size()) return "probs.length differs from labels.length";
    for (const auto& x : y)
      if (x.integer != 0 && x.integer != 1) return "label is not 0 or 1";
    for (const auto& x : p)
      if (!(x.number >= 0 && x.number <= 1)) return "probability out of [0, 1]";
    return "";
  });
}
