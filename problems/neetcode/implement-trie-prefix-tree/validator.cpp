// A Trie call sequence: "Trie" first with no argument, then at most 3*10^4 calls of
// insert / search / startsWith, each with one string of 1..2000 lowercase letters.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& ops = input[0].items;
    const auto& args = input[1].items;
    if (ops.size() != args.size()) return "operation and argument lists differ in length";
    if (ops.empty() || ops[0].string != "Trie" || !args[0].items.empty()) return "must start with Trie()";
    if (ops.size() - 1 > 30000) return "too many calls";
    for (size_t i = 1; i < ops.size(); ++i) {
      const string& op = ops[i].string;
      if (op != "insert" && op != "search" && op != "startsWith") return "unknown operation " + op;
      if (args[i].items.size() != 1) return "each call takes one argument";
      const string& s = args[i].items[0].string;
      if (s.empty() || s.size() > 2000) return "string length out of range";
      for (char c : s)
        if (c < 'a' || c > 'z') return "not a lowercase letter";
    }
    return "";
  });
}
