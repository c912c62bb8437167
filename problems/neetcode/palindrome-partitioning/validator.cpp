// s: 1..16 lowercase English letters.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::String) return "expected one string literal";
    const string& s = input[0].string;
    if (s.size() < 1 || s.size() > 16) return "s.length out of range [1, 16]";
    for (char ch : s) if (ch < 'a' || ch > 'z') return "s has a character that is not a lowercase letter";
    return "";
  });
}
