// amount in [0, 5000]; coins: 1..300 distinct values in [1, 5000]; the answer fits in a signed
// 32-bit int. The count is computed with saturating addition (all terms are non-negative, so
// min(true count, cap) comes out exactly) to check the guarantee.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 2) return "expected two literals";
    if (input[0].kind != K::Integer) return "amount is not an integer";
    long long amount = input[0].integer;
    if (amount < 0 || amount > 5000) return "amount out of range";
    const auto& cs = input[1].items;
    if (cs.size() < 1 || cs.size() > 300) return "coins.length out of range";
    set<long long> seen;
    vector<int> coins;
    for (const auto& v : cs) {
      if (v.kind != K::Integer || v.integer < 1 || v.integer > 5000) return "coin value out of range";
      if (!seen.insert(v.integer).second) return "coin values are not distinct";
      coins.push_back((int)v.integer);
    }
    const unsigned long long cap = 1ULL << 31;
    vector<unsigned long long> ways(amount + 1, 0);
    ways[0] = 1;
    for (int c : coins)
      for (long long a = c; a <= amount; ++a) ways[a] = min(cap, ways[a] + ways[a - c]);
    if (ways[amount] >= cap) return "the answer does not fit in a signed 32-bit int";
    return "";
  });
}
