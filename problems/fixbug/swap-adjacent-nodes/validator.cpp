int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& a = input[0].items;
    if (a.size() > 100) return "too many nodes";
    for (const auto& x : a)
      if (x.integer < 0 || x.integer > 100) return "value out of range";
    return "";
  });
}
