// 1 <= candidates.length <= 30, 2 <= candidates[i] <= 40, distinct, 1 <= target <= 40,
// and fewer than 150 combinations reach target (counted with the coin-change recurrence).
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected candidates and target";
    const auto& c = input[0].items;
    if (c.size() < 1 || c.size() > 30) return "candidates.length out of range";
    set<long long> seen;
    for (const auto& v : c) {
      if (v.integer < 2 || v.integer > 40) return "candidates[i] out of range";
      if (!seen.insert(v.integer).second) return "duplicate candidate " + to_string(v.integer);
    }
    long long t = input[1].integer;
    if (t < 1 || t > 40) return "target out of range";
    vector<long long> ways(t + 1, 0);
    ways[0] = 1;
    for (const auto& v : c)
      for (long long s = v.integer; s <= t; ++s) ways[s] += ways[s - v.integer];
    if (ways[t] >= 150) return to_string(ways[t]) + " combinations, not fewer than 150";
    return "";
  });
}
