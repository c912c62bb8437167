int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 3) return "expected three arguments";
    const auto& w = input[0].items;
    if (w.size() < 1 || w.size() > 100000) return "w.length out of range";
    for (const auto& x : w) {
      if (!x.is_numeric()) return "w[i] is not a number";
      if (!(x.number >= -1000 && x.number <= 1000)) return "w[i] out of [-1000, 1000]";
    }
    if (!input[1].is_numeric() || !(input[1].number >= 0 && input[1].number <= 100)) return "l1 out of [0, 100]";
    if (!input[2].is_numeric() || !(input[2].number >= 0 && input[2].number <= 100)) return "l2 out of [0, 100]";
    return "";
  });
}
