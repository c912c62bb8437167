int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& p = input[0].items;
    long long h = input[1].integer;
    if (p.size() < 1 || p.size() > 10000) return "piles.length out of range";
    if (h < (long long)p.size() || h > 1000000000) return "h out of range";
    for (const auto& v : p)
      if (v.integer < 1 || v.integer > 1000000000) return "pile out of range";
    return "";
  });
}
