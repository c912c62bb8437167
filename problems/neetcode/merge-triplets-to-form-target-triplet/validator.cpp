// triplets: 1..10^5 entries of length 3; target of length 3; every value in 1..1000.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& ts = input[0].items;
    if (ts.size() < 1 || ts.size() > 100000) return "triplets.length out of range";
    auto ok = [](const judge_rt::Value& t) {
      if (t.items.size() != 3) return false;
      for (const auto& v : t.items)
        if (v.kind != judge_rt::Value::Kind::Integer || v.integer < 1 || v.integer > 1000) return false;
      return true;
    };
    for (size_t i = 0; i < ts.size(); ++i)
      if (!ok(ts[i])) return "triplets[" + to_string(i) + "] is not three values in 1..1000";
    if (!ok(input[1])) return "target is not three values in 1..1000";
    return "";
  });
}
