// s: 1..500 lowercase letters.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::String) return "expected one string";
    const string& s = input[0].string;
    if (s.size() < 1 || s.size() > 500) return "s.length out of range";
    for (char c : s)
      if (c < 'a' || c > 'z') return "s holds a character that is not a lowercase letter";
    return "";
  });
}
