// head: 0..10^4 nodes, values in [-10^5, 10^5]; pos = -1 or an index into the list.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected head and pos";
    const auto& list = input[0].items;
    if (list.size() > 10000) return "too many nodes";
    for (const auto& v : list)
      if (v.integer < -100000 || v.integer > 100000) return "value out of range";
    long long pos = input[1].integer;
    if (pos != -1 && (pos < 0 || pos >= (long long)list.size())) return "pos out of range";
    return "";
  });
}
