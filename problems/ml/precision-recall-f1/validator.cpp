int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& t = input[0].items;
    const auto& p = input[1].items;
    if (t.size() < 1 || t.size() > 100000) return "yTrue.length out of range";
    if (p.size() != t.size()) return "yPred.length differs from yTrue.length";
    for (const auto& x : t)
      if (x.integer != 0 && x.integer != 1) return "yTrue value is not 0 or 1";
    for (const auto& x : p)
      if (x.integer != 0 && x.integer != 1) return "yPred value is not 0 or 1";
    return "";
  });
}
