// 1 <= n <= 8.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected n";
    if (input[0].integer < 1 || input[0].integer > 8) return "n out of range";
    return "";
  });
}
