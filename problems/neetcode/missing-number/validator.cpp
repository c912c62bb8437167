// nums: n = nums.length in 1..10^4, distinct values in [0, n].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::List) return "expected one list";
    const auto& a = input[0].items;
    long long n = a.size();
    if (n < 1 || n > 10000) return "nums.length out of range";
    vector<bool> seen(n + 1, false);
    for (const auto& v : a) {
      if (v.kind != judge_rt::Value::Kind::Integer) return "nums holds a non-integer";
      if (v.integer < 0 || v.integer > n) return "nums[i] out of [0, n]";
      if (seen[v.integer]) return "value " + to_string(v.integer) + " occurs twice";
      seen[v.integer] = true;
    }
    return "";
  });
}
