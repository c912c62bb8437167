// s: 1..20 lowercase letters; p: 1..20 of lowercase letters, '.' and '*', where every '*'
// follows a letter or '.' (never first, never right after another '*').
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 2) return "expected two literals (s, p)";
    if (input[0].kind != K::String || input[1].kind != K::String) return "s and p must be strings";
    const string& s = input[0].string;
    const string& p = input[1].string;
    if (s.size() < 1 || s.size() > 20) return "s.length out of range [1, 20]";
    if (p.size() < 1 || p.size() > 20) return "p.length out of range [1, 20]";
    for (char c : s) if (c < 'a' || c > 'z') return "s holds a character that is not a lowercase letter";
    for (size_t j = 0; j < p.size(); ++j) {
      char c = p[j];
      if (!((c >= 'a' && c <= 'z') || c == '.' || c == '*')) return "p holds a character other than a-z, '.', '*'";
      if (c == '*' && (j == 0 || p[j - 1] == '*')) return "a '*' in p at " + to_string(j) + " has no letter or '.' before it";
    }
    return "";
  });
}
