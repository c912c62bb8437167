int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one argument";
    const auto& z = input[0].items;
    if (z.size() < 1 || z.size() > 100000) return "z.length out of range";
    for (const auto& x : z) {
      if (!x.is_numeric()) return "z[i] is not a number";
      if (!(x.number >= -1000 && x.number <= 1000)) return "z[i] out of [-1000, 1000]";
    }
    return "";
  });
}
