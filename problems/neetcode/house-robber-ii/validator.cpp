// nums: 1..100 values in [0, 1000].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::List) return "expected one list";
    const auto& v = input[0].items;
    if (v.size() < 1 || v.size() > 100) return "nums.length out of range";
    for (const auto& x : v)
      if (x.kind != judge_rt::Value::Kind::Integer || x.integer < 0 || x.integer > 1000) return "nums[i] out of range";
    return "";
  });
}
