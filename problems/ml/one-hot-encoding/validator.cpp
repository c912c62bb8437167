int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one argument";
    const auto& v = input[0].items;
    if (v.size() < 1 || v.size() > 10000) return "values.length out of range";
    set<string> distinct;
    for (const auto& x : v) {
      if (x.kind != judge_rt::Value::Kind::String) return "value is not a string";
      const string& s = x.string;
      if (s.size() < 1 || s.size() > 10) return "string length out of [1, 10]";
      for (char c : s)
        if (!isalnum((unsigned char)c) && c != '_' && c != '-') return "character not a letter, digit, '_' or '-'";
      distinct.insert(s);
    }
    if (distinct.size() > 100) return "more than 100 distinct values";
    return "";
  });
}
