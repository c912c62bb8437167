// root: 0..100 nodes, values in [-100, 100].
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 1) return "expected one literal";
    int nodes = 0;
    for (const auto& v : input[0].items) {
      if (v.kind == judge_rt::Value::Kind::Null) continue;
      ++nodes;
      if (v.integer < -100 || v.integer > 100) return "node value out of range";
    }
    if (nodes > 100) return "too many nodes";
    return "";
  });
}
