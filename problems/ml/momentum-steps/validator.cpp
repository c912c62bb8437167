int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& theta = input[0].items;
    const auto& grads = input[1].items;
    size_t d = theta.size(), k = grads.size();
    if (d < 1 || d > 10000) return "theta.length out of [1, 10^4]";
    if (k > 10000) return "grads.length out of [0, 10^4]";
    if (k * d > 100000) return "grads.length * theta.length > 10^5";
    auto in_range = [](const judge_rt::Value& x, double lo, double hi) {
      return x.is_numeric() && x.number >= lo && x.number <= hi;
    };
    for (const auto& x : theta)
      if (!in_range(x, -1000, 1000)) return "theta[j] out of [-1000, 1000]";
    for (const auto& g : grads) {
      if (g.kind != judge_rt::Value::Kind::List) return "grads[i] is not a list";
      if (g.items.size() != d) return "grads[i].length != theta.length";
      for (const auto& x : g.items)
        if (!in_range(x, -1000, 1000)) return "grads[i][j] out of [-1000, 1000]";
    }
    if (!in_range(input[2], 0, 1)) return "lr out of [0, 1]";
    if (!in_range(input[3], 0, 1) || input[3].number >= 1) return "beta out of [0, 1)";
    return "";
  });
}
