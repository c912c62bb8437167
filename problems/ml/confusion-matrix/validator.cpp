int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& t = input[0].items;
    const auto& p = input[1].items;
    long long c = input[2].integer;
    if (t.size() < 1 || t.size() > 100000) return "yTrue.length out of range";
    if (p.size() != t.size()) return "yPred.length differs from yTrue.length";
    if (c < 1 || c > 100) return "numClasses out of range";
    for (const auto& x : t)
      if (x.integer < 0 || x.integer >= c) return "yTrue value out of [0, numClasses)";
    for (const auto& x : p)
      if (x.integer < 0 || x.integer >= c) return "yPred value out of [0, numClasses)";
    return "";
  });
}
