int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& TX = input[0].items;
    const auto& TY = input[1].items;
    const auto& QX = input[2].items;
    size_t m = TX.size(), q = QX.size();
    if (m < 1 || m > 10000) return "trainX.length out of range";
    if (TY.size() != m) return "trainY.length differs from trainX.length";
    if (q < 1 || q > 10000) return "testX.length out of range";
    if ((long long)m * (long long)q > 1000000) return "m * q > 10^6";
    size_t d = TX[0].items.size();
    if (d < 1 || d > 20) return "d out of [1, 20]";
    for (const auto* rows : {&TX, &QX})
      for (const auto& row : *rows) {
        if (row.items.size() != d) return "points have different dimensions";
        for (const auto& v : row.items) {
          if (!v.is_numeric()) return "coordinate is not a number";
          if (!(v.number >= -1e4 && v.number <= 1e4)) return "coordinate out of [-10^4, 10^4]";
          if (v.number != std::floor(v.number)) return "coordinate is not an integer";
        }
      }
    for (const auto& v : TY)
      if (v.kind != judge_rt::Value::Kind::Integer || v.integer < 0 || v.integer > 1000000000)
        return "label out of [0, 10^9]";
    if (input[3].kind != judge_rt::Value::Kind::Integer) return "k is not an integer";
    if (input[3].integer < 1 || input[3].integer > (long long)m) return "k out of [1, m]";
    return "";
  });
}
