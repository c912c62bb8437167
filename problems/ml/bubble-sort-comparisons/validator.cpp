int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one argument";
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 5000) return "nums.length out of range";
    for (const auto& x : a) {
      if (x.kind != judge_rt::Value::Kind::Integer) return "nums[i] is not an integer";
      if (x.integer < -1000000000LL || x.integer > 1000000000LL) return "nums[i] out of [-10^9, 10^9]";
    }
    return "";
  });
}
