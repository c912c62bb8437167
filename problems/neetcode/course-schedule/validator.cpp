// numCourses: 1..2000; prerequisites: 0..5000 distinct pairs [a, b] with 0 <= a, b < numCourses.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    long long n = input[0].integer;
    if (n < 1 || n > 2000) return "numCourses out of range";
    const auto& pre = input[1].items;
    if (pre.size() > 5000) return "prerequisites.length out of range";
    set<pair<long long, long long>> seen;
    for (const auto& p : pre) {
      if (p.items.size() != 2) return "a prerequisite is not a pair";
      long long a = p.items[0].integer, b = p.items[1].integer;
      if (a < 0 || a >= n || b < 0 || b >= n) return "course number out of range";
      if (!seen.insert({a, b}).second) return "duplicate pair";
    }
    return "";
  });
}
