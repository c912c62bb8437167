// board: 1..12 rows of 1..12 lowercase letters, all rows equally long; words: 1..3*10^4 distinct
// lowercase words of length 1..10.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& b = input[0].items;
    if (b.size() < 1 || b.size() > 12) return "m out of range";
    size_t n = b[0].items.size();
    if (n < 1 || n > 12) return "n out of range";
    for (const auto& row : b) {
      if (row.items.size() != n) return "ragged board";
      for (const auto& c : row.items) if (c.string.size() != 1 || c.string[0] < 'a' || c.string[0] > 'z') return "board cell is not a lowercase letter";
    }
    const auto& w = input[1].items;
    if (w.size() < 1 || w.size() > 30000) return "words.length out of range";
    set<string> seen;
    for (const auto& v : w) {
      if (v.string.size() < 1 || v.string.size() > 10) return "word length out of range";
      for (char c : v.string) if (c < 'a' || c > 'z') return "word is not lowercase";
      if (!seen.insert(v.string).second) return "duplicate word " + v.string;
    }
    return "";
  });
}
