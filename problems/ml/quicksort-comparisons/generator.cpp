// Quicksort tests: generator N SEED MODE.
// random: uniform in [-10^9, 10^9]; sorted / reversed: the random values sorted up / down
// (quadratic, n levels deep); equal: one value; few: values in {0, 1, 2}; pipe: increasing
// then decreasing; min-last: sorted with the minimum moved to the end; alternating: two
// values alternating.
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
    else if (mode == "pipe") {
        sort(v.begin(), v.end());
        vector<int> w;
        for (int i = 0; i < n; i += 2) w.push_back(v[i]);
        for (int i = n - 1 - (n % 2 == 1); i >= 1; i -= 2) w.push_back(v[i]);
        v = w;
    } else if (mode == "min-last") {
        sort(v.begin(), v.end());
        rotate(v.begin(), v.begin() + 1, v.end());
    } else if (mode == "alternating") {
        int a = pick(-1000000000, 1000000000), b = pick(-1000000000, 1000000000);
        for (int i = 0; i < n; ++i) v[i] = i % 2 ? a : b;
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
