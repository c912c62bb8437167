// WordDictionary() first, then at most 10^4 addWord/search calls; words of length 1..25,
// addWord: lowercase letters; search: lowercase letters and at most two dots.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& names = input[0].items;
    const auto& args = input[1].items;
    if (names.size() != args.size() || names.empty()) return "names and args differ in length";
    if (names[0].string != "WordDictionary" || !args[0].items.empty()) return "first call is not the constructor";
    if (names.size() - 1 > 10000) return "too many calls";
    for (size_t i = 1; i < names.size(); ++i) {
      bool add = names[i].string == "addWord";
      if (!add && names[i].string != "search") return "unexpected call " + names[i].string;
      if (args[i].items.size() != 1) return "one argument expected";
      const string& w = args[i].items[0].string;
      if (w.size() < 1 || w.size() > 25) return "word length out of range";
      int dots = 0;
      for (char c : w) {
        if (c == '.' && !add) { ++dots; continue; }
        if (c < 'a' || c > 'z') return "bad character in " + w;
      }
      if (dots > 2) return "more than two dots in " + w;
    }
    return "";
  });
}
