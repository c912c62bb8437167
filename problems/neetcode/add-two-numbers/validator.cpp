// l1, l2: 1..100 digits each (0..9), least significant first, no leading zeros except [0].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two lists";
    for (const auto& list : input) {
      const auto& d = list.items;
      if (d.empty() || d.size() > 100) return "length out of range";
      for (const auto& v : d)
        if (v.integer < 0 || v.integer > 9) return "digit out of range";
      if (d.size() > 1 && d.back().integer == 0) return "leading zero";
    }
    return "";
  });
}
