// s: 1..300 lowercase letters; wordDict: 1..1000 distinct lowercase words of length 1..20.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const string& s = input[0].string;
    if (s.size() < 1 || s.size() > 300) return "s.length out of range";
    for (char c : s) if (c < 'a' || c > 'z') return "s is not lowercase";
    const auto& d = input[1].items;
    if (d.size() < 1 || d.size() > 1000) return "wordDict.length out of range";
    set<string> seen;
    for (const auto& v : d) {
      if (v.string.size() < 1 || v.string.size() > 20) return "word length out of range";
      for (char c : v.string) if (c < 'a' || c > 'z') return "word is not lowercase";
      if (!seen.insert(v.string).second) return "duplicate word " + v.string;
    }
    return "";
  });
}
