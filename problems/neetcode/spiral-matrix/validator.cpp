// matrix: m x n with 1 <= m, n <= 10, every row the same length, values in [-100, 100].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 1 || input[0].kind != K::List) return "expected one matrix";
    const auto& rows = input[0].items;
    if (rows.empty() || rows.size() > 10) return "m out of range";
    size_t n = rows[0].items.size();
    if (n < 1 || n > 10) return "n out of range";
    for (const auto& r : rows) {
      if (r.kind != K::List || r.items.size() != n) return "rows of different lengths";
      for (const auto& v : r.items)
        if (v.kind != K::Integer || v.integer < -100 || v.integer > 100) return "value out of range";
    }
    return "";
  });
}
