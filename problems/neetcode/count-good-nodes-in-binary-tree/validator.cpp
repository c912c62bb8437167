// root: 1..10^5 nodes, values in [-10^4, 10^4].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    int nodes = 0;
    for (const auto& v : input[0].items) {
      if (v.kind == judge_rt::Value::Kind::Null) continue;
      ++nodes;
      if (v.integer < -10000 || v.integer > 10000) return "node value out of range";
    }
    if (nodes < 1 || nodes > 100000) return "node count out of range";
    return "";
  });
}
