// nums: 1..20 values in [0, 1000] with sum <= 1000; target in [-1000, 1000].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 2) return "expected two literals";
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 20) return "nums.length out of range";
    long long sum = 0;
    for (const auto& v : a) {
      if (v.kind != K::Integer || v.integer < 0 || v.integer > 1000) return "nums[i] out of range";
      sum += v.integer;
    }
    if (sum > 1000) return "sum(nums) > 1000";
    if (input[1].kind != K::Integer || input[1].integer < -1000 || input[1].integer > 1000) return "target out of range";
    return "";
  });
}
