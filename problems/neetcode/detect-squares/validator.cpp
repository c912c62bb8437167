// DetectSquares() first, then at most 3000 add/count calls, each with one point [x, y], 0 <= x, y <= 1000.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 2 || input[0].kind != K::List || input[1].kind != K::List) return "expected two lists";
    const auto& names = input[0].items;
    const auto& args = input[1].items;
    if (names.empty() || names.size() != args.size()) return "names and args differ in length";
    if (names[0].string != "DetectSquares" || !args[0].items.empty()) return "first call is not DetectSquares()";
    if (names.size() - 1 > 3000) return "more than 3000 add/count calls";
    for (size_t i = 1; i < names.size(); ++i) {
      if (names[i].string != "add" && names[i].string != "count") return "unexpected call " + names[i].string;
      const auto& a = args[i].items;
      if (a.size() != 1 || a[0].kind != K::List || a[0].items.size() != 2) return "call " + to_string(i) + " needs one point";
      for (const auto& c : a[0].items)
        if (c.kind != K::Integer || c.integer < 0 || c.integer > 1000) return "call " + to_string(i) + ": coordinate out of range";
    }
    return "";
  });
}
