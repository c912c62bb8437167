int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& g = input[0].items;
    if (g.size() < 1 || g.size() > 200) return "grid.length out of range";
    size_t n = g[0].items.size();
    if (n < 1 || n > 200) return "grid[0].length out of range";
    for (const auto& row : g) {
      if (row.items.size() != n) return "rows of different lengths";
      for (const auto& x : row.items)
        if (x.integer < 0 || x.integer > 100) return "cost out of range";
    }
    return "";
  });
}
