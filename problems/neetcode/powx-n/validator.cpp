// x: -100 < x < 100; n: a 32-bit integer; x != 0 or n > 0; -10^4 <= x^n <= 10^4.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected x and n";
    if (!input[0].is_numeric()) return "x is not a number";
    if (input[1].kind != judge_rt::Value::Kind::Integer) return "n is not an integer";
    double x = input[0].number;
    long long n = input[1].integer;
    if (!(x > -100.0 && x < 100.0)) return "x out of range";
    if (n < INT_MIN || n > INT_MAX) return "n out of 32-bit range";
    if (x == 0) return n > 0 ? "" : "x is 0 and n <= 0";
    // |x^n| = exp(n ln|x|); allow a hair of rounding above 10^4 (10^4 itself is allowed).
    long double lg = (long double)n * logl(fabsl((long double)x));
    if (lg > logl(10000.0L) + 1e-12L) return "|x^n| exceeds 10^4";
    return "";
  });
}
