int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& X = input[0].items;
    const auto& w = input[1].items;
    double b = input[2].number, t = input[3].number;
    if (X.empty()) return "X is empty";
    size_t d = w.size();
    if (d < 1 || X.size() * d > 100000) return "n * d out of range";
    for (const auto& row : X) {
      if (row.items.size() != d) return "row length differs from weights.length";
      for (const auto& x : row.items)
        if (!(x.number >= -100 && x.number <= 100)) return "feature out of [-100, 100]";
    }
    for (const auto& x : w)
      if (!(x.number >= -100 && x.number <= 100)) return "weight out of [-100, 100]";
    if (!(b >= -100 && b <= 100)) return "bias out of [-100, 100]";
    if (!(t > 0 && t < 1)) return "threshold out of (0, 1)";
    return "";
  });
}
