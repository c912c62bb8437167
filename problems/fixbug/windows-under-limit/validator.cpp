int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& a = input[0].items;
    long long limit = input[1].integer;
    if (a.size() < 1 || a.size() > 100000) return "nums.length out of range";
    if (limit < 0 || limit > 1000000000) return "limit out of range";
    for (const auto& x : a)
      if (x.integer < 0 || x.integer > 10000) return "value out of range";
    return "";
  });
}
