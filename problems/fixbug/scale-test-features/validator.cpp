int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& train = input[0].items;
    const auto& test = input[1].items;
    if (train.size() < 1 || train.size() > 1000) return "train.length out of range";
    if (test.size() < 1 || test.size() > 1000) return "test.length out of range";
    size_t d = train[0].items.size();
    if (d < 1 || d > 50) return "column count out of range";
    for (const auto* rows : {&train, &test})
      for (const auto& row : *rows) {
        if (row.items.size() != d) return "rows of different lengths";
        for (const auto& x : row.items)
          if (!(x.number >= -1e6 && x.number <= 1e6) || x.number != floor(x.number)) return "value is not a whole number in [-10^6, 10^6]";
      }
    return "";
  });
}
