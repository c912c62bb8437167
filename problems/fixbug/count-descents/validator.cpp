int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& a = input[0].items;
    if (a.size() > 100000) return "nums.length out of range";
    for (const auto& x : a)
      if (x.integer < -1000000000 || x.integer > 1000000000) return "value out of range";
    return "";
  });
}
