// board: 1..6 rows of 1..6 English letters (either case), all rows equally long;
// word: 1..15 English letters (either case).
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 2) return "expected two literals (board, word)";
    auto letter = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
    const auto& b = input[0].items;
    if (input[0].kind != K::List || b.size() < 1 || b.size() > 6) return "m out of range [1, 6]";
    size_t n = b[0].items.size();
    if (n < 1 || n > 6) return "n out of range [1, 6]";
    for (const auto& row : b) {
      if (row.kind != K::List || row.items.size() != n) return "rows of different lengths";
      for (const auto& c : row.items)
        if (c.kind != K::String || c.string.size() != 1 || !letter(c.string[0])) return "board cell is not an English letter";
    }
    if (input[1].kind != K::String) return "word is not a string";
    const string& w = input[1].string;
    if (w.size() < 1 || w.size() > 15) return "word.length out of range [1, 15]";
    for (char ch : w) if (!letter(ch)) return "word has a character that is not an English letter";
    return "";
  });
}
