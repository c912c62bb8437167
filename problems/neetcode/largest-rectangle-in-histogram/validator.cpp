int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& h = input[0].items;
    if (h.size() < 1 || h.size() > 100000) return "heights.length out of range";
    for (const auto& v : h)
      if (v.integer < 0 || v.integer > 10000) return "height out of range";
    return "";
  });
}
