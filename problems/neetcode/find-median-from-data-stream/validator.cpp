// MedianFinder() first, then 1..5*10^4 calls of addNum(num) with -10^5 <= num <= 10^5 and
// findMedian(), which only comes after at least one addNum.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& names = input[0].items;
    const auto& args = input[1].items;
    if (names.size() != args.size() || names.empty()) return "names and args differ in length";
    if (names[0].string != "MedianFinder" || !args[0].items.empty()) return "first call is not MedianFinder()";
    if (names.size() - 1 > 50000) return "more than 5*10^4 calls";
    if (names.size() < 2) return "no calls after the constructor";
    size_t added = 0;
    for (size_t i = 1; i < names.size(); ++i) {
      const auto& a = args[i].items;
      string at = " (call " + to_string(i) + ")";
      if (names[i].string == "addNum") {
        if (a.size() != 1 || a[0].kind != judge_rt::Value::Kind::Integer) return "addNum takes one integer" + at;
        if (a[0].integer < -100000 || a[0].integer > 100000) return "num out of range" + at;
        ++added;
      } else if (names[i].string == "findMedian") {
        if (!a.empty()) return "findMedian takes no argument" + at;
        if (added == 0) return "findMedian before any addNum" + at;
      } else {
        return "unexpected call " + names[i].string + at;
      }
    }
    return "";
  });
}
