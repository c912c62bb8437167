// Merge Two Sorted Lists tests: generator N1 N2 SEED MODE.
// random: values anywhere in [-100, 100]; interleave: list1 takes the even and list2 the odd
// values of one ascending run; disjoint: list1 entirely below list2; equal: one value in both;
// extremes: only -100 and 100.
int main(int argc, char** argv) {
    int n1 = atoi(argv[1]), n2 = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> a(n1), b(n2);
    int same = draw(-100, 100);
    auto fill = [&](vector<int>& v, int lo, int hi) {
        for (int& x : v) {
            if (mode == "equal") x = same;
            else if (mode == "extremes") x = draw(0, 1) ? 100 : -100;
            else x = draw(lo, hi);
        }
        sort(v.begin(), v.end());
    };
    if (mode == "disjoint") {
        fill(a, -100, -1);
        fill(b, 0, 100);
    } else if (mode == "interleave") {
        for (int i = 0; i < n1; ++i) a[i] = -100 + 2 * i;
        for (int i = 0; i < n2; ++i) b[i] = -99 + 2 * i;
    } else {
        fill(a, -100, 100);
        fill(b, -100, 100);
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, a);
    judge_rt::write(w2, b);
    printf("%s\n%s\n", w1.str().c_str(), w2.str().c_str());
}
