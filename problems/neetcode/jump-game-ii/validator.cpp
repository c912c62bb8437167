// nums: 1..10^4 integers, each in [0, 1000], and the last index can be reached from index 0.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal (nums)";
    const auto& nums = input[0];
    if (nums.kind != judge_rt::Value::Kind::List) return "nums is not a list";
    long long n = nums.items.size();
    if (n < 1 || n > 10000) return "nums.length out of range [1, 10^4]";
    for (const auto& x : nums.items) {
      if (x.kind != judge_rt::Value::Kind::Integer) return "nums holds a non-integer";
      if (x.integer < 0 || x.integer > 1000) return "nums[i] out of range [0, 1000]";
    }
    long long reach = 0;
    for (long long i = 0; i < n && i <= reach; ++i) reach = max(reach, i + nums.items[i].integer);
    if (reach < n - 1) return "the last index cannot be reached";
    return "";
  });
}
