// nums: 1..200 values in [1, 100].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one list";
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 200) return "nums.length out of range";
    for (const auto& v : a) if (v.integer < 1 || v.integer > 100) return "value out of range";
    return "";
  });
}
