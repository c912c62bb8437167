// x: a signed 32-bit integer.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::Integer) return "expected one integer";
    if (input[0].integer < INT_MIN || input[0].integer > INT_MAX) return "x out of the 32-bit range";
    return "";
  });
}
