int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one argument";
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 100000) return "logits.length out of range";
    for (const auto& x : a) {
      if (!x.is_numeric()) return "logits[i] is not a number";
      if (!(x.number >= -1000 && x.number <= 1000)) return "logits[i] out of [-1000, 1000]";
    }
    return "";
  });
}
