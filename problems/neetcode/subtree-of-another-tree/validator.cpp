// root: 1..2000 nodes, subRoot: 1..1000 nodes, values in [-10^4, 10^4].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two trees";
    const int maxNodes[2] = {2000, 1000};
    for (int t = 0; t < 2; ++t) {
      int nodes = 0;
      for (const auto& v : input[t].items) {
        if (v.kind == judge_rt::Value::Kind::Null) continue;
        ++nodes;
        if (v.integer < -10000 || v.integer > 10000) return "node value out of range";
      }
      if (nodes < 1 || nodes > maxNodes[t]) return t == 0 ? "root size out of range" : "subRoot size out of range";
    }
    return "";
  });
}
