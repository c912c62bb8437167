// beginWord: 1..10 lowercase letters; endWord and every word of wordList the same length,
// lowercase; wordList: 1..5000 distinct words; beginWord != endWord.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 3) return "expected three literals";
    const string& b = input[0].string;
    const string& e = input[1].string;
    auto lower = [](const string& s) {
      for (char c : s) if (c < 'a' || c > 'z') return false;
      return true;
    };
    if (b.size() < 1 || b.size() > 10) return "beginWord length out of range";
    if (e.size() != b.size()) return "endWord length differs from beginWord";
    if (!lower(b) || !lower(e)) return "beginWord/endWord not lowercase";
    if (b == e) return "beginWord equals endWord";
    const auto& w = input[2].items;
    if (w.size() < 1 || w.size() > 5000) return "wordList.length out of range";
    set<string> seen;
    for (const auto& v : w) {
      if (v.string.size() != b.size()) return "word length differs from beginWord: " + v.string;
      if (!lower(v.string)) return "word not lowercase: " + v.string;
      if (!seen.insert(v.string).second) return "duplicate word " + v.string;
    }
    return "";
  });
}
