// nums: 1..2*10^4 values in [-10, 10]; every subarray product fits in a 32-bit int, i.e. the
// product of absolute values of every zero-free run is at most 2^31 - 1.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one list";
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 20000) return "nums.length out of range";
    long long run = 1;
    for (const auto& v : a) {
      long long x = v.integer;
      if (x < -10 || x > 10) return "value out of range";
      if (x == 0) { run = 1; continue; }
      run *= llabs(x);
      if (run > 2147483647LL) return "a subarray product does not fit in a 32-bit int";
    }
    return "";
  });
}
