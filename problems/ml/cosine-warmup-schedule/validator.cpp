int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& base = input[0];
    const auto& warmup = input[1];
    const auto& total = input[2];
    const auto& minLr = input[3];
    if (!base.is_numeric() || !(base.number > 0 && base.number <= 10)) return "baseLr out of (0, 10]";
    if (total.kind != judge_rt::Value::Kind::Integer || total.integer < 1 || total.integer > 100000)
      return "totalSteps out of [1, 10^5]";
    if (warmup.kind != judge_rt::Value::Kind::Integer || warmup.integer < 0 || warmup.integer > total.integer)
      return "warmupSteps out of [0, totalSteps]";
    if (!minLr.is_numeric() || !(minLr.number >= 0 && minLr.number <= base.number)) return "minLr out of [0, baseLr]";
    return "";
  });
}
