// 1 <= nums.length <= 10, -10 <= nums[i] <= 10 (repeats allowed).
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    const auto& nums = input[0].items;
    if (nums.size() < 1 || nums.size() > 10) return "nums.length out of range";
    for (const auto& v : nums)
      if (v.integer < -10 || v.integer > 10) return "nums[i] out of range";
    return "";
  });
}
