// a, b: -1000 <= a, b <= 1000.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected a and b";
    for (int k = 0; k < 2; ++k) {
      if (input[k].kind != judge_rt::Value::Kind::Integer) return "expected integers";
      if (input[k].integer < -1000 || input[k].integer > 1000) return string(k ? "b" : "a") + " out of range";
    }
    return "";
  });
}
