// head: 1..30 nodes with values in [0, 100]; 1 <= n <= sz.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected head and n";
    const auto& list = input[0].items;
    if (list.empty() || list.size() > 30) return "sz out of range";
    for (const auto& v : list)
      if (v.integer < 0 || v.integer > 100) return "value out of range";
    if (input[1].integer < 1 || input[1].integer > (long long)list.size()) return "n out of range";
    return "";
  });
}
