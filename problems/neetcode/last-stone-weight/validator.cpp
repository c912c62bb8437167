// stones: 1..30 values, each in [1, 1000].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    const auto& s = input[0].items;
    if (s.size() < 1 || s.size() > 30) return "stones.length out of range";
    for (const auto& v : s) if (v.integer < 1 || v.integer > 1000) return "stone weight out of range";
    return "";
  });
}
