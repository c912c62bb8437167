// s: 1..100 digits. The answer must fit in int; moreover every prefix and every suffix of s must have
// at most 2^31 - 1 decodings, so neither a left-to-right nor a right-to-left int DP overflows on the way.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1 || input[0].kind != judge_rt::Value::Kind::String) return "expected one string";
    const string& s = input[0].string;
    int n = s.size();
    if (n < 1 || n > 100) return "s.length out of range";
    for (char c : s) if (c < '0' || c > '9') return "s holds a non-digit";
    auto pair_ok = [&](int i) { return s[i] == '1' || (s[i] == '2' && s[i + 1] <= '6'); };  // s[i..i+1]
    const double LIMIT = 2147483647.0;
    vector<double> pre(n + 1, 0), suf(n + 2, 0);
    pre[0] = 1;
    for (int i = 1; i <= n; ++i) {
      if (s[i - 1] != '0') pre[i] += pre[i - 1];
      if (i >= 2 && pair_ok(i - 2)) pre[i] += pre[i - 2];
      if (pre[i] > LIMIT) return "the prefix of length " + to_string(i) + " has more than 2^31 - 1 decodings";
    }
    suf[n] = 1;
    for (int i = n - 1; i >= 0; --i) {
      if (s[i] != '0') suf[i] += suf[i + 1];
      if (i + 1 < n && pair_ok(i)) suf[i] += suf[i + 2];
      if (suf[i] > LIMIT) return "the suffix from " + to_string(i) + " has more than 2^31 - 1 decodings";
    }
    return "";
  });
}
