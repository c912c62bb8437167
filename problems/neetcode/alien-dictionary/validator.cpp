// words: 1..100 words, each of length 1..100, lowercase English letters only.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using judge_rt::Value;
    if (input.size() != 1) return "expected one literal";
    const auto& w = input[0].items;
    if (w.size() < 1 || w.size() > 100) return "words.length out of range";
    for (size_t i = 0; i < w.size(); ++i) {
      if (w[i].kind != Value::Kind::String) return "words[" + to_string(i) + "] is not a string";
      const string& s = w[i].string;
      if (s.size() < 1 || s.size() > 100) return "words[" + to_string(i) + "].length out of range";
      for (char c : s) if (c < 'a' || c > 'z') return "words[" + to_string(i) + "] has a character that is not a lowercase letter";
    }
    return "";
  });
}
