// root: 1..3*10^4 nodes, values in [-1000, 1000].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    int nodes = 0;
    for (const auto& v : input[0].items) {
      if (v.kind == judge_rt::Value::Kind::Null) continue;
      ++nodes;
      if (v.integer < -1000 || v.integer > 1000) return "node value out of range";
    }
    if (nodes < 1 || nodes > 30000) return "node count out of range";
    return "";
  });
}
