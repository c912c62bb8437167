// hand: 1..10^4 integers in [0, 10^9]; 1 <= groupSize <= hand.length.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using K = judge_rt::Value::Kind;
    if (input.size() != 2) return "expected two literals (hand, groupSize)";
    if (input[0].kind != K::List || input[1].kind != K::Integer) return "expected a list and an integer";
    const auto& hand = input[0].items;
    if (hand.size() < 1 || hand.size() > 10000) return "hand.length out of range [1, 10^4]";
    for (const auto& x : hand) {
      if (x.kind != K::Integer) return "hand holds a non-integer";
      if (x.integer < 0 || x.integer > 1000000000) return "hand[i] out of range [0, 10^9]";
    }
    long long k = input[1].integer;
    if (k < 1 || k > (long long)hand.size()) return "groupSize out of range [1, hand.length]";
    return "";
  });
}
