// nums: 1..10^5 integers, each in [-10^4, 10^4].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal (nums)";
    const auto& nums = input[0];
    if (nums.kind != judge_rt::Value::Kind::List) return "nums is not a list";
    if (nums.items.size() < 1 || nums.items.size() > 100000) return "nums.length out of range [1, 10^5]";
    for (const auto& x : nums.items) {
      if (x.kind != judge_rt::Value::Kind::Integer) return "nums holds a non-integer";
      if (x.integer < -10000 || x.integer > 10000) return "nums[i] out of range [-10^4, 10^4]";
    }
    return "";
  });
}
