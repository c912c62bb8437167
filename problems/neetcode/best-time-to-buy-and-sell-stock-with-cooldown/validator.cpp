// prices: 1..5000 values, each in [0, 1000].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    const auto& p = input[0].items;
    if (p.size() < 1 || p.size() > 5000) return "prices.length out of range";
    for (const auto& v : p)
      if (v.kind != judge_rt::Value::Kind::Integer || v.integer < 0 || v.integer > 1000) return "price out of range";
    return "";
  });
}
