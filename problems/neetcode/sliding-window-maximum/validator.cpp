// nums: 1..10^5 values in [-10^4, 10^4]; 1 <= k <= nums.length.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected nums and k";
    const auto& nums = input[0].items;
    if (nums.empty() || nums.size() > 100000) return "nums.length out of range";
    for (const auto& v : nums) if (v.integer < -10000 || v.integer > 10000) return "value out of range";
    long long k = input[1].integer;
    if (k < 1 || k > (long long)nums.size()) return "k out of range";
    return "";
  });
}
