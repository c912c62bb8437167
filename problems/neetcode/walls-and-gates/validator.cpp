// rooms: 1..250 rows of 1..250 cells, all rows equally long, every cell -1, 0 or 2147483647.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    const auto& g = input[0].items;
    if (g.size() < 1 || g.size() > 250) return "m out of range";
    size_t n = g[0].items.size();
    if (n < 1 || n > 250) return "n out of range";
    for (const auto& row : g) {
      if (row.items.size() != n) return "ragged grid";
      for (const auto& c : row.items)
        if (c.kind != judge_rt::Value::Kind::Integer || (c.integer != -1 && c.integer != 0 && c.integer != 2147483647))
          return "cell is not -1, 0 or 2147483647";
    }
    return "";
  });
}
