// Keys and values: 1..100 characters from [a-z0-9]; 1 <= timestamp <= 10^7; set timestamps strictly
// increasing; at most 2*10^5 set/get calls.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected operations and arguments";
    const auto& ops = input[0].items;
    const auto& args = input[1].items;
    if (ops.size() != args.size()) return "operations and arguments differ in length";
    if (ops.empty() || ops[0].string != "TimeMap") return "first operation must be the constructor";
    if (ops.size() - 1 > 200000) return "too many calls";
    auto word = [](const judge_rt::Value& v) {
      if (v.kind != judge_rt::Value::Kind::String || v.string.empty() || v.string.size() > 100) return false;
      for (char c : v.string)
        if (!islower((unsigned char)c) && !isdigit((unsigned char)c)) return false;
      return true;
    };
    long long last = 0;
    for (size_t i = 1; i < ops.size(); ++i) {
      const auto& a = args[i].items;
      if (ops[i].string == "set") {
        if (a.size() != 3 || !word(a[0]) || !word(a[1])) return "bad set arguments";
        if (a[2].integer < 1 || a[2].integer > 10000000) return "timestamp out of range";
        if (a[2].integer <= last) return "set timestamps not strictly increasing";
        last = a[2].integer;
      } else if (ops[i].string == "get") {
        if (a.size() != 2 || !word(a[0])) return "bad get arguments";
        if (a[1].integer < 1 || a[1].integer > 10000000) return "timestamp out of range";
      } else {
        return "unknown operation";
      }
    }
    return "";
  });
}
