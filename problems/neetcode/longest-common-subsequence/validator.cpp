// text1, text2: 1..1000 lowercase letters each.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    for (const auto& v : input) {
      const string& s = v.string;
      if (s.size() < 1 || s.size() > 1000) return "length out of range";
      for (char c : s) if (c < 'a' || c > 'z') return "not a lowercase letter";
    }
    return "";
  });
}
