// cost: 2..1000 values in [0, 999].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::List) return "expected one list";
    const auto& c = input[0].items;
    if (c.size() < 2 || c.size() > 1000) return "cost.length out of range";
    for (const auto& v : c)
      if (v.kind != judge_rt::Value::Kind::Integer || v.integer < 0 || v.integer > 999) return "cost[i] out of range";
    return "";
  });
}
