// m, n in [1, 100] with C(m + n - 2, m - 1) <= 2*10^9.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    long long m = input[0].integer, n = input[1].integer;
    if (m < 1 || m > 100 || n < 1 || n > 100) return "m or n out of range";
    long long r = 1;
    int k = min(m, n) - 1, N = m + n - 2;
    for (int i = 1; i <= k; ++i) {
      r = r * (N - k + i) / i;
      if (r > 2000000000LL) return "the answer exceeds 2*10^9";
    }
    return "";
  });
}
