int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& base = input[0];
    const auto& gamma = input[1];
    const auto& step = input[2];
    const auto& epochs = input[3];
    if (!base.is_numeric() || !(base.number > 0 && base.number <= 10)) return "baseLr out of (0, 10]";
    if (!gamma.is_numeric() || !(gamma.number > 0 && gamma.number <= 1)) return "gamma out of (0, 1]";
    if (step.kind != judge_rt::Value::Kind::Integer || step.integer < 1 || step.integer > 100000)
      return "stepSize out of [1, 10^5]";
    if (epochs.kind != judge_rt::Value::Kind::Integer || epochs.integer < 1 || epochs.integer > 100000)
      return "epochs out of [1, 10^5]";
    return "";
  });
}
