// word1, word2: 0..500 lowercase letters each.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    for (const auto& v : input) {
      if (v.kind != judge_rt::Value::Kind::String) return "expected a string";
      if (v.string.size() > 500) return "length out of range";
      for (char c : v.string) if (c < 'a' || c > 'z') return "not a lowercase letter";
    }
    return "";
  });
}
