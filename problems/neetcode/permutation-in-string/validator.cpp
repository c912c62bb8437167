// s1, s2: 1..10^4 lower-case letters each.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two strings";
    for (const auto& v : input) {
      const string& s = v.string;
      if (s.empty() || s.size() > 10000) return "length out of range";
      for (char c : s) if (c < 'a' || c > 'z') return "not a lower-case letter";
    }
    return "";
  });
}
