// KthLargest(k, nums) first, then 1..10^4 add(val) calls; 0 <= nums.length <= 10^4,
// 1 <= k <= nums.length + 1, every value in [-10^4, 10^4].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& names = input[0].items;
    const auto& args = input[1].items;
    if (names.size() != args.size() || names.empty()) return "names and args differ in length";
    if (names[0].string != "KthLargest") return "first call is not the constructor";
    if (names.size() - 1 > 10000) return "too many add calls";
    const auto& ctor = args[0].items;
    if (ctor.size() != 2) return "constructor needs k and nums";
    const auto& nums = ctor[1].items;
    if (nums.size() > 10000) return "nums.length out of range";
    for (const auto& v : nums) if (v.integer < -10000 || v.integer > 10000) return "nums value out of range";
    if (ctor[0].integer < 1 || ctor[0].integer > (long long)nums.size() + 1) return "k out of range";
    for (size_t i = 1; i < names.size(); ++i) {
      if (names[i].string != "add") return "unexpected call " + names[i].string;
      if (args[i].items.size() != 1) return "add takes one value";
      long long v = args[i].items[0].integer;
      if (v < -10000 || v > 10000) return "add value out of range";
    }
    return "";
  });
}
