// s1, s2: 0..100 lowercase letters; s3: 0..200 lowercase letters.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 3) return "expected three literals";
    const size_t maxLen[3] = {100, 100, 200};
    for (int k = 0; k < 3; ++k) {
      if (input[k].kind != judge_rt::Value::Kind::String) return "expected a string";
      const string& s = input[k].string;
      if (s.size() > maxLen[k]) return "string too long";
      for (char c : s) if (c < 'a' || c > 'z') return "not a lowercase letter";
    }
    return "";
  });
}
