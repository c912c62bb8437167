// n + 1 values in [1, n], 1 <= n <= 10^5, exactly one value repeated.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected nums";
    const auto& nums = input[0].items;
    long long n = (long long)nums.size() - 1;
    if (n < 1 || n > 100000) return "n out of range";
    vector<int> count(n + 1);
    for (const auto& v : nums) {
      if (v.integer < 1 || v.integer > n) return "value out of [1, n]";
      ++count[v.integer];
    }
    int repeated = 0;
    for (int c : count) repeated += c > 1;
    if (repeated != 1) return "not exactly one repeated value";
    return "";
  });
}
