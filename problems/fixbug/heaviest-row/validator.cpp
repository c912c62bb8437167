int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& g = input[0].items;
    if (g.size() < 1 || g.size() > 500) return "grid.length out of range";
    for (const auto& row : g) {
      if (row.items.size() < 1 || row.items.size() > 500) return "row length out of range";
      for (const auto& x : row.items)
        if (x.integer < -1000000000 || x.integer > 1000000000) return "value out of range";
    }
    return "";
  });
}
