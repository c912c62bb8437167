// points: 1..1000 distinct pairs [x, y] with -10^6 <= x, y <= 10^6.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using judge_rt::Value;
    if (input.size() != 1) return "expected one literal";
    const auto& p = input[0].items;
    if (p.size() < 1 || p.size() > 1000) return "points.length out of range";
    set<pair<long long, long long>> seen;
    for (size_t i = 0; i < p.size(); ++i) {
      if (p[i].kind != Value::Kind::List || p[i].items.size() != 2) return "point " + to_string(i) + " is not a pair";
      for (const auto& c : p[i].items)
        if (c.kind != Value::Kind::Integer || c.integer < -1000000 || c.integer > 1000000)
          return "point " + to_string(i) + ": coordinate out of range";
      if (!seen.insert({p[i].items[0].integer, p[i].items[1].integer}).second)
        return "point " + to_string(i) + " repeats an earlier point";
    }
    return "";
  });
}
