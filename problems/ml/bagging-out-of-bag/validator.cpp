int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& B = input[0].items;
    const auto& P = input[1].items;
    const auto& y = input[2].items;
    size_t T = B.size(), n = y.size();
    if (T < 1 || T > 500) return "bootstrap.length out of range";
    if (n < 1 || n > 10000) return "labels.length out of range";
    if (T * n > 200000) return "T * n > 2 * 10^5";
    if (P.size() != T) return "predictions.length != bootstrap.length";
    for (const auto& b : B) {
      if (b.items.size() != n) return "bootstrap[t].length != n";
      for (const auto& v : b.items)
        if (v.integer < 0 || v.integer >= (long long)n) return "bootstrap index out of [0, n)";
    }
    for (const auto& p : P) {
      if (p.items.size() != n) return "predictions[t].length != n";
      for (const auto& v : p.items)
        if (v.integer < 0 || v.integer > 100) return "prediction out of [0, 100]";
    }
    for (const auto& v : y)
      if (v.integer < 0 || v.integer > 100) return "label out of [0, 100]";
    return "";
  });
}
