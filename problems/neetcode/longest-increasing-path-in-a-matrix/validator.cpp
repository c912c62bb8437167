// matrix: m x n with 1 <= m, n <= 200 (all rows the same length), values in [0, 2^31 - 1].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    const auto& rows = input[0].items;
    if (rows.size() < 1 || rows.size() > 200) return "m out of range";
    size_t n = rows[0].items.size();
    if (n < 1 || n > 200) return "n out of range";
    for (const auto& r : rows) {
      if (r.items.size() != n) return "rows of different lengths";
      for (const auto& v : r.items)
        if (v.kind != judge_rt::Value::Kind::Integer || v.integer < 0 || v.integer > 2147483647LL) return "value out of range";
    }
    return "";
  });
}
