// tasks: 1..10^4 uppercase letters; 0 <= n <= 100.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& t = input[0].items;
    if (t.size() < 1 || t.size() > 10000) return "tasks.length out of range";
    for (const auto& v : t) if (v.string.size() != 1 || v.string[0] < 'A' || v.string[0] > 'Z') return "task is not an uppercase letter";
    if (input[1].integer < 0 || input[1].integer > 100) return "n out of range";
    return "";
  });
}
