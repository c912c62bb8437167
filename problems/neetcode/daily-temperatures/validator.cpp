// temperatures: 1..10^5 values in [30, 100].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one list";
    const auto& t = input[0].items;
    if (t.empty() || t.size() > 100000) return "length out of range";
    for (const auto& v : t) if (v.integer < 30 || v.integer > 100) return "temperature out of range";
    return "";
  });
}
