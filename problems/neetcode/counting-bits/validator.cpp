// n: 0 <= n <= 10^5.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::Integer) return "expected one integer";
    if (input[0].integer < 0 || input[0].integer > 100000) return "n out of range";
    return "";
  });
}
