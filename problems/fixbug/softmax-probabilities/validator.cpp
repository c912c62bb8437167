int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& a = input[0].items;
    if (a.size() < 1 || a.size() > 100000) return "logits.length out of range";
    for (const auto& x : a) {
      double v = x.number;
      if (!(v >= -1000 && v <= 1000)) return "logit out of range";
    }
    return "";
  });
}
