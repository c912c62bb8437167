// digits: 0..4 characters, each a digit from '2' to '9'.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::String) return "expected one string literal";
    const string& d = input[0].string;
    if (d.size() > 4) return "digits.length out of range [0, 4]";
    for (char ch : d) if (ch < '2' || ch > '9') return "digits has a character outside '2'..'9'";
    return "";
  });
}
