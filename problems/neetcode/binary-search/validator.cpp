int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& a = input[0].items;
    long long t = input[1].integer;
    if (a.size() < 1 || a.size() > 10000) return "nums.length out of range";
    if (t <= -10000 || t >= 10000) return "target out of range";
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i].integer <= -10000 || a[i].integer >= 10000) return "value out of range";
      if (i && a[i].integer <= a[i - 1].integer) return "not strictly increasing";
    }
    return "";
  });
}
