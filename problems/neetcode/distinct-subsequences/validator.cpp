// s, t: 1..1000 English letters (either case); the answer fits in a signed 32-bit int. The count is
// computed with saturating addition (every term is non-negative, so min(count, cap) is exact).
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    for (const auto& v : input) {
      if (v.kind != judge_rt::Value::Kind::String) return "expected a string";
      if (v.string.size() < 1 || v.string.size() > 1000) return "length out of range";
      for (char c : v.string) if (!isalpha((unsigned char)c)) return "not an English letter";
    }
    const string& s = input[0].string;
    const string& t = input[1].string;
    const unsigned long long cap = 1ULL << 31;
    vector<unsigned long long> ways(t.size() + 1, 0);
    ways[0] = 1;
    for (char c : s)
      for (size_t j = t.size(); j >= 1; --j)
        if (t[j - 1] == c) ways[j] = min(cap, ways[j] + ways[j - 1]);
    if (ways[t.size()] >= cap) return "the answer does not fit in a signed 32-bit int";
    return "";
  });
}
