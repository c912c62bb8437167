bool lower(const string& s) {
    if (s.empty() || s.size() > 100) return false;
    for (char c : s) if (c < 'a' || c > 'z') return false;
    return true;
}
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& w = input[0].items;
    if (w.size() < 1 || w.size() > 10000) return "words.length out of range";
    for (const auto& s : w)
      if (!lower(s.string)) return "a word is not 1..100 lowercase letters";
    if (!lower(input[1].string)) return "pattern is not 1..100 lowercase letters";
    return "";
  });
}
