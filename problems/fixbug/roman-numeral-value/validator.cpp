string roman(int n) {
    const pair<int, const char*> parts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
                                            {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    string out;
    for (auto [v, s] : parts)
        while (n >= v) out += s, n -= v;
    return out;
}
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const string& s = input[0].string;
    for (int n = 1; n <= 3999; ++n)
      if (roman(n) == s) return "";
    return "not the canonical Roman numeral of a number from 1 to 3999";
  });
}
