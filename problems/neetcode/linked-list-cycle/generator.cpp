// Linked List Cycle tests: generator N SEED VALUES POS.
// VALUES: distinct (all different), equal (one value), few (values from a set of 5),
//         extremes (only -10^5 and 10^5).
// POS: none (-1), head (0), tail (N - 1, a self-loop on the last node), random (any index).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string values = argv[3], where = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    if (values == "distinct") {
        vector<int> all(200001);
        iota(all.begin(), all.end(), -100000);
        shuffle(all.begin(), all.end(), rng);
        copy(all.begin(), all.begin() + n, v.begin());
    } else {
        int same = draw(-100000, 100000);
        vector<int> few(5);
        for (int& x : few) x = draw(-100000, 100000);
        for (int& x : v)
            x = values == "equal" ? same : values == "few" ? few[draw(0, 4)] : draw(0, 1) ? 100000 : -100000;
    }
    int pos = where == "none" ? -1 : where == "head" ? 0 : where == "tail" ? n - 1 : draw(1, n - 2);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), pos);
}
