int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two arguments";
    const auto& train = input[0].items;
    const auto& test = input[1].items;
    if (train.size() < 1 || train.size() > 10000) return "train.length out of range";
    if (test.size() < 1 || test.size() > 10000) return "test.length out of range";
    size_t d = train[0].items.size();
    if (d < 1 || d > 100) return "d out of range";
    if (train.size() * d > 100000) return "n * d > 10^5";
    if (test.size() * d > 100000) return "k * d > 10^5";
    for (const auto* m : {&train, &test})
      for (const auto& row : *m) {
        if (row.items.size() != d) return "rows of different lengths";
        for (const auto& x : row.items) {
          if (!x.is_numeric()) return "value is not a number";
          if (!(x.number >= -1e6 && x.number <= 1e6)) return "value out of [-10^6, 10^6]";
        }
      }
    // Constant training columns hold whole numbers (the statement promises it).
    for (size_t j = 0; j < d; ++j) {
      bool constant = true;
      for (const auto& row : train) constant &= row.items[j].number == train[0].items[j].number;
      if (constant && train[0].items[j].number != floor(train[0].items[j].number)) return "constant column is not whole";
    }
    return "";
  });
}
