// Merge-sort tests: generator N SEED MODE.
// random: uniform in [-10^9, 10^9]; sorted / reversed: the random values sorted up / down;
// equal: one value; few: values in {0, 1, 2} (ties everywhere); worst: a permutation of
// distinct values on which every merge of sizes L and R compares L + R - 1 times (each half
// gets every other value of the sorted range, recursively).
void worst(const vector<int>& vals, vector<int>& out) {
    if (vals.size() <= 1) {
        out.insert(out.end(), vals.begin(), vals.end());
        return;
    }
    vector<int> odd, even;
    for (size_t i = 0; i < vals.size(); ++i) (i % 2 ? odd : even).push_back(vals[i]);
    worst(odd, out);   // left half: floor(m/2) values at odd positions
    worst(even, out);  // right half: ceil(m/2) values at even positions
}
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto pick = [&](long long a, long long b) { return (int)uniform_int_distribution<long long>(a, b)(rng); };
    vector<int> v(n);
    for (int& x : v) x = pick(-1000000000, 1000000000);
    if (mode == "sorted") sort(v.begin(), v.end());
    else if (mode == "reversed") sort(v.begin(), v.end(), greater<int>());
    else if (mode == "equal") fill(v.begin(), v.end(), v[0]);
    else if (mode == "few") for (int& x : v) x = pick(0, 2);
    else if (mode == "worst") {
        vector<int> vals(n);
        for (int i = 0; i < n; ++i) vals[i] = -50000 + 3 * i;
        v.clear();
        worst(vals, v);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
