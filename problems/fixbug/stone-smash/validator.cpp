int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 10000) return "stones.length out of range";
    for (const auto& x : a)
      if (x.integer < 1 || x.integer > 1000) return "weight out of range";
    return "";
  });
}
