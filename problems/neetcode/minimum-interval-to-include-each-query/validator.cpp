// intervals: 1..10^5 pairs [l, r] with 1 <= l <= r <= 10^7; queries: 1..10^5 values in [1, 10^7].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 2) return "expected two literals (intervals, queries)";
    const auto& iv = input[0].items;
    const auto& qs = input[1].items;
    if (input[0].kind != K::List || iv.empty() || iv.size() > 100000) return "intervals.length out of range";
    if (input[1].kind != K::List || qs.empty() || qs.size() > 100000) return "queries.length out of range";
    for (size_t i = 0; i < iv.size(); ++i) {
      const auto& p = iv[i];
      if (p.kind != K::List || p.items.size() != 2) return "interval " + to_string(i) + " is not a pair";
      if (p.items[0].kind != K::Integer || p.items[1].kind != K::Integer) return "interval " + to_string(i) + " is not integers";
      long long l = p.items[0].integer, r = p.items[1].integer;
      if (l < 1 || r > 10000000 || l > r) return "interval " + to_string(i) + " violates 1 <= left <= right <= 10^7";
    }
    for (size_t j = 0; j < qs.size(); ++j) {
      if (qs[j].kind != K::Integer || qs[j].integer < 1 || qs[j].integer > 10000000)
        return "query " + to_string(j) + " out of range";
    }
    return "";
  });
}
