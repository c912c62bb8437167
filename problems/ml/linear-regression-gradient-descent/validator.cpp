int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 4) return "expected four arguments";
    const auto& X = input[0].items;
    const auto& y = input[1].items;
    size_t n = X.size();
    if (n < 1 || n > 2000) return "X.length out of range";
    if (y.size() != n) return "y.length differs from X.length";
    size_t d = X[0].items.size();
    if (d < 1 || d > 20) return "d out of [1, 20]";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of X have different lengths";
      for (const auto& v : row.items)
        if (!v.is_numeric() || !(v.number >= -100 && v.number <= 100)) return "X value out of [-100, 100]";
    }
    for (const auto& v : y)
      if (!v.is_numeric() || !(v.number >= -1e4 && v.number <= 1e4)) return "y value out of [-10^4, 10^4]";
    if (!input[2].is_numeric()) return "lr is not a number";
    double lr = input[2].number;
    if (!(lr >= 1e-8 && lr <= 1)) return "lr out of [1e-8, 1]";
    if (input[3].kind != judge_rt::Value::Kind::Integer) return "epochs is not an integer";
    long long epochs = input[3].integer;
    if (epochs < 0 || epochs > 1000) return "epochs out of [0, 1000]";
    if ((long long)n * (long long)d * epochs > 20000000) return "n * d * epochs > 2e7";
    // Stability: lr * lambda_max((2/n) A^T A) < 2, lambda_max by power iteration.
    size_t m = d + 1;
    vector<vector<long double>> H(m, vector<long double>(m, 0));
    for (size_t i = 0; i < n; ++i)
      for (size_t r = 0; r < m; ++r)
        for (size_t c = 0; c < m; ++c)
          H[r][c] += 2.0L / n * (r ? X[i].items[r - 1].number : 1.0) * (c ? X[i].items[c - 1].number : 1.0);
    vector<long double> v(m, 1);
    long double lambda = 0;
    for (int it = 0; it < 5000; ++it) {
      vector<long double> u(m, 0);
      for (size_t r = 0; r < m; ++r)
        for (size_t c = 0; c < m; ++c) u[r] += H[r][c] * v[c];
      long double norm = 0;
      for (auto t : u) norm += t * t;
      norm = sqrtl(norm);
      lambda = norm;
      for (size_t r = 0; r < m; ++r) v[r] = u[r] / norm;
    }
    if (!(lr * lambda < 2)) return "lr * lambda_max >= 2: gradient descent diverges";
    return "";
  });
}
