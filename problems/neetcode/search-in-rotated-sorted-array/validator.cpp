int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& a = input[0].items;
    long long t = input[1].integer;
    size_t n = a.size();
    if (n < 1 || n > 5000) return "nums.length out of range";
    if (t < -10000 || t > 10000) return "target out of range";
    int drops = 0;
    set<long long> seen;
    for (size_t i = 0; i < n; ++i) {
      if (a[i].integer < -10000 || a[i].integer > 10000) return "value out of range";
      if (!seen.insert(a[i].integer).second) return "duplicate value";
      if (i && a[i].integer < a[i - 1].integer) ++drops;
    }
    if (drops > 1 || (drops == 1 && a[n - 1].integer > a[0].integer)) return "not a rotated sorted array";
    return "";
  });
}
