int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two arguments";
    const auto& X = input[0].items;
    const auto& y = input[1].items;
    size_t n = X.size();
    if (n < 2 || n > 10000) return "X.length out of range";
    if (y.size() != n) return "y.length differs from X.length";
    size_t d = X[0].items.size();
    if (d < 1 || d > 20) return "d out of [1, 20]";
    if (n < d + 1) return "n < d + 1";
    for (const auto& row : X) {
      if (row.items.size() != d) return "rows of X have different lengths";
      for (const auto& v : row.items) {
        if (!v.is_numeric()) return "X value is not a number";
        if (!(v.number >= -1000 && v.number <= 1000)) return "X value out of [-1000, 1000]";
      }
    }
    for (const auto& v : y) {
      if (!v.is_numeric()) return "y value is not a number";
      if (!(v.number >= -1e6 && v.number <= 1e6)) return "y value out of [-10^6, 10^6]";
    }
    // Rank of A = [1 | X]: modified Gram-Schmidt on the columns in long double,
    // a column whose remaining norm is below 1e-9 of its original norm is dependent.
    size_t m = d + 1;
    vector<vector<long double>> Q(m, vector<long double>(n));
    for (size_t i = 0; i < n; ++i) {
      Q[0][i] = 1;
      for (size_t j = 0; j < d; ++j) Q[j + 1][i] = X[i].items[j].number;
    }
    for (size_t c = 0; c < m; ++c) {
      long double orig = 0;
      for (size_t i = 0; i < n; ++i) orig += Q[c][i] * Q[c][i];
      for (size_t k = 0; k < c; ++k) {
        long double dot = 0;
        for (size_t i = 0; i < n; ++i) dot += Q[k][i] * Q[c][i];
        for (size_t i = 0; i < n; ++i) Q[c][i] -= dot * Q[k][i];
      }
      long double nrm = 0;
      for (size_t i = 0; i < n; ++i) nrm += Q[c][i] * Q[c][i];
      if (orig == 0 || sqrtl(nrm) < 1e-9L * sqrtl(orig)) return "columns of [1 | X] are linearly dependent";
      nrm = sqrtl(nrm);
      for (size_t i = 0; i < n; ++i) Q[c][i] /= nrm;
    }
    return "";
  });
}
