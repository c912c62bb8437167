// 3Sum tests: generator N SEED MODE prints N values in [-10^5, 10^5].
// wide: uniform over the whole range; narrow: uniform in [-200, 200] (many triplets);
// tiny: uniform in [-5, 5] (heavy duplicates); zero: all zeros; none: only odd values,
// so no triplet sums to 0; extremes: values near +-10^5, +-5*10^4 and 0;
// sorted / reverse: wide values in ascending / descending order.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int& x : v) {
        if (mode == "narrow") x = draw(-200, 200);
        else if (mode == "tiny") x = draw(-5, 5);
        else if (mode == "zero") x = 0;
        else if (mode == "none") x = 2 * draw(-50000, 49999) + 1;
        else if (mode == "extremes") {
            int sign = draw(0, 1) ? 1 : -1, kind = draw(0, 4);
            x = kind == 0 ? 0 : kind <= 2 ? sign * (100000 - draw(0, 10)) : sign * (50000 - draw(0, 5));
        } else x = draw(-100000, 100000);
    }
    if (mode == "sorted") sort(v.begin(), v.end());
    if (mode == "reverse") sort(v.rbegin(), v.rend());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
