// heights: 1..200 rows of 1..200 integers in [0, 10^5], all rows equally long.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 1 || input[0].kind != K::List) return "expected one grid literal";
    const auto& g = input[0].items;
    if (g.size() < 1 || g.size() > 200) return "m out of range [1, 200]";
    size_t n = g[0].items.size();
    if (n < 1 || n > 200) return "n out of range [1, 200]";
    for (const auto& row : g) {
      if (row.kind != K::List || row.items.size() != n) return "rows of different lengths";
      for (const auto& v : row.items)
        if (v.kind != K::Integer || v.integer < 0 || v.integer > 100000) return "a height is outside [0, 10^5]";
    }
    return "";
  });
}
