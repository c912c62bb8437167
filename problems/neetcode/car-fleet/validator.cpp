int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    long long target = input[0].integer;
    const auto& pos = input[1].items;
    const auto& spd = input[2].items;
    if (target < 1 || target > 1000000) return "target out of range";
    if (pos.size() != spd.size()) return "position and speed differ in length";
    if (pos.size() < 1 || pos.size() > 100000) return "n out of range";
    set<long long> seen;
    for (size_t i = 0; i < pos.size(); ++i) {
      long long p = pos[i].integer, s = spd[i].integer;
      if (p < 0 || p >= target) return "position out of range";
      if (s < 1 || s > 1000000) return "speed out of range";
      if (!seen.insert(p).second) return "positions not distinct";
    }
    return "";
  });
}
