int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 3) return "expected three arguments";
    const auto& pr = input[0].items;
    const auto& L = input[1].items;
    const auto& obs = input[2].items;
    size_t H = pr.size();
    if (H < 1 || H > 100) return "priors.length out of range";
    if (L.size() != H) return "likelihoods.length differs from priors.length";
    double priorSum = 0;
    for (const auto& x : pr) {
      if (!x.is_numeric() || !(x.number >= 0 && x.number <= 1000)) return "priors[h] out of [0, 1000]";
      priorSum += x.number;
    }
    if (!(priorSum > 0)) return "the priors sum to 0";
    size_t K = L[0].items.size();
    if (K < 1 || K > 100) return "likelihoods[h].length out of range";
    for (const auto& row : L) {
      if (row.items.size() != K) return "likelihood rows of different lengths";
      double s = 0;
      for (const auto& x : row.items) {
        if (!x.is_numeric() || !(x.number >= 0 && x.number <= 1)) return "likelihoods[h][o] out of [0, 1]";
        s += x.number;
      }
      if (fabs(s - 1) > 1e-9) return "a likelihood row does not sum to 1";
    }
    if (obs.size() > 100000) return "observations.length out of range";
    vector<bool> seen(K, false);
    for (const auto& x : obs) {
      if (x.kind != judge_rt::Value::Kind::Integer || x.integer < 0 || x.integer >= (long long)K)
        return "observation out of [0, K)";
      seen[x.integer] = true;
    }
    // Guarantee: some hypothesis with a positive prior explains every observation.
    for (size_t h = 0; h < H; ++h) {
      if (!(pr[h].number > 0)) continue;
      bool ok = true;
      for (size_t o = 0; o < K && ok; ++o)
        if (seen[o] && !(L[h].items[o].number > 0)) ok = false;
      if (ok) return "";
    }
    return "no hypothesis with a positive prior explains every observation";
  });
}
