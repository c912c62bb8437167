// n: a 32-bit unsigned integer, written in decimal, 0 <= n <= 2^32 - 1.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::Integer) return "expected one integer";
    if (input[0].integer < 0 || input[0].integer > 4294967295LL) return "n out of the 32-bit unsigned range";
    return "";
  });
}
