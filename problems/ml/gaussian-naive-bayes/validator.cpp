int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 3) return "expected three arguments";
    const auto& TX = input[0].items;
    const auto& TY = input[1].items;
    const auto& QX = input[2].items;
    size_t n = TX.size(), q = QX.size();
    if (n < 1 || n > 10000) return "trainX.length out of range";
    if (TY.size() != n) return "trainY.length differs from trainX.length";
    if (q < 1 || q > 10000) return "testX.length out of range";
    size_t d = TX[0].items.size();
    if (d < 1 || d > 50) return "d out of [1, 50]";
    for (const auto* rows : {&TX, &QX})
      for (const auto& row : *rows) {
        if (row.items.size() != d) return "points have different dimensions";
        for (const auto& v : row.items)
          if (!v.is_numeric() || !(v.number >= -1e4 && v.number <= 1e4)) return "feature out of [-10^4, 10^4]";
      }
    set<long long> labels;
    for (const auto& v : TY) {
      if (v.kind != judge_rt::Value::Kind::Integer || v.integer < 0 || v.integer > 1000000000) return "label out of [0, 10^9]";
      labels.insert(v.integer);
    }
    if (labels.size() > 20) return "more than 20 distinct labels";
    bool varies = false;
    for (size_t j = 0; j < d && !varies; ++j)
      for (size_t i = 1; i < n && !varies; ++i)
        if (TX[i].items[j].number != TX[0].items[j].number) varies = true;
    if (!varies) return "every feature is constant over the training points (epsilon would be 0)";
    return "";
  });
}
