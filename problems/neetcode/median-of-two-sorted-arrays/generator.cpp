// Median of Two Sorted Arrays tests: generator M N SEED MODE, values in [-10^6, 10^6].
// random: independent uniform values; disjoint: every value of nums1 below every value
// of nums2; interleaved: one sorted sequence dealt alternately to the two arrays;
// few: values from -2..2 (long runs of duplicates); extremes: values only +-10^6 and
// a few near them.
int main(int argc, char** argv) {
    int m = atoi(argv[1]), n = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    const int V = 1000000;
    vector<int> a(m), b(n);
    if (mode == "disjoint") {
        for (int& x : a) x = draw(-V, -1);
        for (int& x : b) x = draw(0, V);
    } else if (mode == "interleaved") {
        vector<int> all(m + n);
        for (int& x : all) x = draw(-V, V);
        sort(all.begin(), all.end());
        int ia = 0, ib = 0;
        for (int k = 0; k < m + n; ++k) {
            if ((k % 2 == 0 && ia < m) || ib == n) a[ia++] = all[k];
            else b[ib++] = all[k];
        }
    } else if (mode == "few") {
        for (int& x : a) x = draw(-2, 2);
        for (int& x : b) x = draw(-2, 2);
    } else if (mode == "extremes") {
        auto pick = [&]() { int r = draw(0, 3); return r == 0 ? -V : r == 1 ? V : r == 2 ? -V + draw(0, 3) : V - draw(0, 3); };
        for (int& x : a) x = pick();
        for (int& x : b) x = pick();
    } else {
        for (int& x : a) x = draw(-V, V);
        for (int& x : b) x = draw(-V, V);
    }
    sort(a.begin(), a.end());
    sort(b.begin(), b.end());
    judge_rt::Writer wa, wb;
    judge_rt::write(wa, a);
    judge_rt::write(wb, b);
    printf("%s\n%s\n", wa.str().c_str(), wb.str().c_str());
}
