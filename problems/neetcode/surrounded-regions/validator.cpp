// board: 1..200 rows of 1..200 cells, all rows equally long, every cell 'X' or 'O'.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 1 || input[0].kind != K::List) return "expected one board literal";
    const auto& b = input[0].items;
    if (b.size() < 1 || b.size() > 200) return "m out of range [1, 200]";
    size_t n = b[0].items.size();
    if (n < 1 || n > 200) return "n out of range [1, 200]";
    for (const auto& row : b) {
      if (row.kind != K::List || row.items.size() != n) return "rows of different lengths";
      for (const auto& v : row.items)
        if (v.kind != K::String || (v.string != "X" && v.string != "O")) return "a cell is not 'X' or 'O'";
    }
    return "";
  });
}
