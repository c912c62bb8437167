// s: 1..10^4 characters from ()[]{}.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one string";
    const string& s = input[0].string;
    if (s.empty() || s.size() > 10000) return "length out of range";
    for (char c : s) if (string("()[]{}").find(c) == string::npos) return "not a bracket";
    return "";
  });
}
