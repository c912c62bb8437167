// grid: 1..10 rows of 1..10 cells, all rows equally long, every cell 0, 1 or 2.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    const auto& g = input[0].items;
    if (g.size() < 1 || g.size() > 10) return "m out of range";
    size_t n = g[0].items.size();
    if (n < 1 || n > 10) return "n out of range";
    for (const auto& row : g) {
      if (row.items.size() != n) return "ragged grid";
      for (const auto& c : row.items)
        if (c.kind != judge_rt::Value::Kind::Integer || c.integer < 0 || c.integer > 2) return "cell is not 0, 1 or 2";
    }
    return "";
  });
}
