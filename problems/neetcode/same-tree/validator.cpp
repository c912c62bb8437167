// p and q: 0..100 nodes each, values in [-10^4, 10^4].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two trees";
    for (const auto& tree : input) {
      int nodes = 0;
      for (const auto& v : tree.items) {
        if (v.kind == judge_rt::Value::Kind::Null) continue;
        ++nodes;
        if (v.integer < -10000 || v.integer > 10000) return "node value out of range";
      }
      if (nodes > 100) return "too many nodes";
    }
    return "";
  });
}
