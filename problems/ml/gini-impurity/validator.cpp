int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& v = input[0].items;
    if (v.size() < 1 || v.size() > 100000) return "labels.length out of range";
    for (const auto& x : v)
      if (x.integer < -1000000000LL || x.integer > 1000000000LL) return "label out of [-10^9, 10^9]";
    return "";
  });
}
