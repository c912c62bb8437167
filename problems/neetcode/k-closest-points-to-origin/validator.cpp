// points: 1..10^4 pairs with coordinates in [-10^4, 10^4]; 1 <= k <= n; the k-th and (k+1)-th
// smallest squared distances differ, so the answer is unique.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& p = input[0].items;
    if (p.size() < 1 || p.size() > 10000) return "points.length out of range";
    vector<long long> d;
    for (const auto& q : p) {
      if (q.items.size() != 2) return "a point is not a pair";
      for (const auto& c : q.items) if (c.integer < -10000 || c.integer > 10000) return "coordinate out of range";
      d.push_back(q.items[0].integer * q.items[0].integer + q.items[1].integer * q.items[1].integer);
    }
    long long k = input[1].integer;
    if (k < 1 || k > (long long)p.size()) return "k out of range";
    sort(d.begin(), d.end());
    if (k < (long long)p.size() && d[k - 1] == d[k]) return "tie at the k-th distance: answer not unique";
    return "";
  });
}
