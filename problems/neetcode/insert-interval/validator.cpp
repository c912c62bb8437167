// intervals: 0..10^4 pairs [s, e] with 0 <= s <= e <= 10^5, sorted by start, pairwise disjoint
// (not even sharing an endpoint); newInterval: one such pair.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    auto pair_ok = [](const judge_rt::Value& p) {
      return p.items.size() == 2 && p.items[0].kind == judge_rt::Value::Kind::Integer &&
             p.items[1].kind == judge_rt::Value::Kind::Integer && p.items[0].integer >= 0 &&
             p.items[0].integer <= p.items[1].integer && p.items[1].integer <= 100000;
    };
    const auto& v = input[0].items;
    if (v.size() > 10000) return "intervals.length out of range";
    for (size_t i = 0; i < v.size(); ++i) {
      if (!pair_ok(v[i])) return "intervals[" + to_string(i) + "] is not [s, e] with 0 <= s <= e <= 10^5";
      if (i > 0 && v[i - 1].items[1].integer >= v[i].items[0].integer)
        return "intervals[" + to_string(i) + "] is not after intervals[" + to_string(i - 1) + "] (unsorted or overlapping)";
    }
    if (!pair_ok(input[1])) return "newInterval is not [s, e] with 0 <= s <= e <= 10^5";
    return "";
  });
}
