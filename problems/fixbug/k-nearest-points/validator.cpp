int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& p = input[0].items;
    long long k = input[1].integer;
    if (p.size() < 1 || p.size() > 100000) return "points.length out of range";
    if (k < 1 || k > (long long)p.size()) return "k out of range";
    for (const auto& pt : p) {
      if (pt.items.size() != 2) return "a point is not [x, y]";
      for (const auto& c : pt.items)
        if (c.integer < -100000 || c.integer > 100000) return "coordinate out of range";
    }
    return "";
  });
}
