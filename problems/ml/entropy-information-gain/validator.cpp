int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    const auto& p = input[0].items;
    const auto& l = input[1].items;
    const auto& r = input[2].items;
    if (p.size() < 1 || p.size() > 100000) return "parent.length out of range";
    if (l.size() + r.size() != p.size()) return "left.length + right.length != parent.length";
    map<long long, long long> balance;
    for (const auto& x : p) {
      if (x.integer < -1000000000LL || x.integer > 1000000000LL) return "label out of [-10^9, 10^9]";
      ++balance[x.integer];
    }
    for (const auto& x : l) --balance[x.integer];
    for (const auto& x : r) --balance[x.integer];
    for (auto& kv : balance)
      if (kv.second != 0) return "left and right together are not the parent's labels";
    return "";
  });
}
