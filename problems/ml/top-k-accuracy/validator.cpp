int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& rows = input[0].items;
    const auto& labels = input[1].items;
    long long k = input[2].integer;
    size_t n = rows.size();
    if (n < 1 || n > 100000) return "scores.length out of range";
    if (labels.size() != n) return "labels.length differs from scores.length";
    size_t c = rows[0].items.size();
    if (c < 1 || c > 1000) return "number of classes out of range";
    if (n * c > 200000) return "n * C > 2 * 10^5";
    for (const auto& r : rows) {
      if (r.items.size() != c) return "rows of different lengths";
      for (const auto& x : r.items)
        if (!(x.number >= -1e6 && x.number <= 1e6)) return "score out of [-10^6, 10^6]";
    }
    for (const auto& x : labels)
      if (x.integer < 0 || x.integer >= (long long)c) return "label out of [0, C)";
    if (k < 1 || k > (long long)c) return "k out of [1, C]";
    return "";
  });
}
