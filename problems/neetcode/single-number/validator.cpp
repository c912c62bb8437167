// nums: 1..3*10^4 values in [-3*10^4, 3*10^4]; exactly one value occurs once, every other twice.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::List) return "expected one list";
    const auto& a = input[0].items;
    if (a.empty() || a.size() > 30000) return "nums.length out of range";
    map<long long, int> count;
    for (const auto& v : a) {
      if (v.kind != judge_rt::Value::Kind::Integer) return "nums holds a non-integer";
      if (v.integer < -30000 || v.integer > 30000) return "nums[i] out of range";
      ++count[v.integer];
    }
    int singles = 0;
    for (auto& [value, c] : count) {
      if (c == 1) ++singles;
      else if (c != 2) return "value " + to_string(value) + " occurs " + to_string(c) + " times";
    }
    if (singles != 1) return "expected exactly one value that occurs once, found " + to_string(singles);
    return "";
  });
}
