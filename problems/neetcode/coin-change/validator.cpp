// coins: 1..12 values in [1, 2^31 - 1]; amount in [0, 10^4].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& c = input[0].items;
    if (c.size() < 1 || c.size() > 12) return "coins.length out of range";
    for (const auto& v : c) if (v.integer < 1 || v.integer > 2147483647LL) return "coin out of range";
    if (input[1].integer < 0 || input[1].integer > 10000) return "amount out of range";
    return "";
  });
}
