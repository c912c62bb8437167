// s, t: 1..10^5 English letters (either case); at most one shortest window covers t.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two strings";
    for (const auto& v : input) {
      if (v.string.empty() || v.string.size() > 100000) return "length out of range";
      for (char c : v.string) if (!isalpha((unsigned char)c)) return "not an English letter";
    }
    const string &s = input[0].string, &t = input[1].string;
    int need[128] = {0}, missing = t.size(), best = INT_MAX, count = 0;
    for (char c : t) need[(int)c]++;
    for (int l = 0, r = 0; r < (int)s.size(); ++r) {
      if (need[(int)s[r]]-- > 0) --missing;
      if (missing) continue;
      while (need[(int)s[l]] < 0) need[(int)s[l++]]++;
      int len = r - l + 1;
      if (len < best) best = len, count = 1;
      else if (len == best) ++count;
    }
    if (count > 1) return "the shortest window is not unique";
    return "";
  });
}
