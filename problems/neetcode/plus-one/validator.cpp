// digits: 1..100 digits in [0, 9], no leading zero unless the number is [0].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::List) return "expected one list";
    const auto& d = input[0].items;
    if (d.empty() || d.size() > 100) return "digits.length out of range";
    for (const auto& v : d)
      if (v.kind != judge_rt::Value::Kind::Integer || v.integer < 0 || v.integer > 9) return "digit out of range";
    if (d.size() > 1 && d[0].integer == 0) return "leading zero";
    return "";
  });
}
