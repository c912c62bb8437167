int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two arguments";
    const auto& p = input[0].items;
    size_t n = p.size();
    if (n < 1 || n > 100000) return "permutation.length out of range";
    vector<char> seen(n, 0);
    for (const auto& x : p) {
      if (x.kind != judge_rt::Value::Kind::Integer) return "permutation value is not an integer";
      if (x.integer < 0 || x.integer >= (long long)n) return "permutation value out of [0, n)";
      if (seen[x.integer]++) return "permutation value repeated";
    }
    if (!input[1].is_numeric()) return "testFraction is not a number";
    double f = input[1].number;
    if (!(f >= 0 && f <= 1)) return "testFraction out of [0, 1]";
    // Statement promise: the double product n * f is never a rounding error away from a whole number.
    double prod = n * f;
    double nearest = round(prod);
    if (prod != nearest && fabs(prod - nearest) < 1e-9) return "n * testFraction within 1e-9 of a whole number";
    return "";
  });
}
