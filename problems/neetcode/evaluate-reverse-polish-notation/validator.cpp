// tokens: 1..10^4 tokens, operators or integers in [-200, 200], a valid RPN expression with no
// division by zero whose intermediate values all fit in 32 bits.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one list";
    const auto& tokens = input[0].items;
    if (tokens.empty() || tokens.size() > 10000) return "tokens.length out of range";
    vector<long long> st;
    for (const auto& v : tokens) {
      const string& t = v.string;
      if (t == "+" || t == "-" || t == "*" || t == "/") {
        if (st.size() < 2) return "operator without two operands";
        long long b = st.back(); st.pop_back();
        long long a = st.back(); st.pop_back();
        long long r;
        if (t == "+") r = a + b; else if (t == "-") r = a - b; else if (t == "*") r = a * b;
        else { if (b == 0) return "division by zero"; r = a / b; }
        if (r < INT_MIN || r > INT_MAX) return "intermediate value overflows 32 bits";
        st.push_back(r);
      } else {
        if (t.empty() || t.size() > 4) return "bad token";
        size_t i = t[0] == '-' ? 1 : 0;
        if (i == t.size()) return "bad token";
        for (size_t j = i; j < t.size(); ++j) if (!isdigit((unsigned char)t[j])) return "bad token";
        if (t.size() - i > 1 && t[i] == '0') return "leading zero";
        long long x = stoll(t);
        if (x < -200 || x > 200) return "number out of range";
        if (t == "-0") return "negative zero";
        st.push_back(x);
      }
    }
    if (st.size() != 1) return "not a single expression";
    return "";
  });
}
