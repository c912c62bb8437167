// intervals: 1..10^4 pairs [s, e] with 0 <= s <= e <= 10^4.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    const auto& v = input[0].items;
    if (v.size() < 1 || v.size() > 10000) return "intervals.length out of range";
    for (size_t i = 0; i < v.size(); ++i) {
      const auto& p = v[i].items;
      if (p.size() != 2 || p[0].kind != judge_rt::Value::Kind::Integer || p[1].kind != judge_rt::Value::Kind::Integer ||
          p[0].integer < 0 || p[0].integer > p[1].integer || p[1].integer > 10000)
        return "intervals[" + to_string(i) + "] is not [s, e] with 0 <= s <= e <= 10^4";
    }
    return "";
  });
}
