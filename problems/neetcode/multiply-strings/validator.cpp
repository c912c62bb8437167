// num1, num2: 1..200 decimal digits, no leading zero unless the number is "0".
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected num1 and num2";
    for (int k = 0; k < 2; ++k) {
      string name = k == 0 ? "num1" : "num2";
      if (input[k].kind != judge_rt::Value::Kind::String) return name + " is not a string";
      const string& s = input[k].string;
      if (s.empty() || s.size() > 200) return name + ".length out of range";
      for (char c : s)
        if (c < '0' || c > '9') return name + " has a non-digit character";
      if (s.size() > 1 && s[0] == '0') return name + " has a leading zero";
    }
    return "";
  });
}
