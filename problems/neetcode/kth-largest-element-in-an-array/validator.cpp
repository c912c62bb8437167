// nums: 1..10^5 values in [-10^4, 10^4]; 1 <= k <= nums.length.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 100000) return "nums.length out of range";
    for (const auto& v : a) if (v.integer < -10000 || v.integer > 10000) return "value out of range";
    if (input[1].integer < 1 || input[1].integer > (long long)a.size()) return "k out of range";
    return "";
  });
}
