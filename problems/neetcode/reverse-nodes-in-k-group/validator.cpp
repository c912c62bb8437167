// head: n nodes, values in [0, 1000]; 1 <= k <= n <= 5000.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected head and k";
    const auto& list = input[0].items;
    long long n = list.size(), k = input[1].integer;
    if (n > 5000) return "n out of range";
    if (k < 1 || k > n) return "k out of range";
    for (const auto& v : list)
      if (v.integer < 0 || v.integer > 1000) return "value out of range";
    return "";
  });
}
