// 1 <= candidates.length <= 100, 1 <= candidates[i] <= 50, 1 <= target <= 30.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected candidates and target";
    const auto& c = input[0].items;
    if (c.size() < 1 || c.size() > 100) return "candidates.length out of range";
    for (const auto& v : c)
      if (v.integer < 1 || v.integer > 50) return "candidates[i] out of range";
    if (input[1].integer < 1 || input[1].integer > 30) return "target out of range";
    return "";
  });
}
