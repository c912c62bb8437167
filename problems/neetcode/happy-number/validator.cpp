// n: 1 <= n <= 2^31 - 1.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::Integer) return "expected one integer";
    if (input[0].integer < 1 || input[0].integer > INT_MAX) return "n out of range";
    return "";
  });
}
