// nums: 1..2500 values in [-10^4, 10^4].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one list";
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 2500) return "nums.length out of range";
    for (const auto& v : a) if (v.integer < -10000 || v.integer > 10000) return "value out of range";
    return "";
  });
}
