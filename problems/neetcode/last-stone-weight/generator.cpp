// Last Stone Weight tests: generator N SEED MODE.
// random: weights 1..1000; equal: one weight repeated; heavy: weights 990..1000;
// ascending / descending: sorted random weights; small: weights 1..3.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    int same = draw(1, 1000);
    for (int& x : v) {
        if (mode == "equal") x = same;
        else if (mode == "heavy") x = draw(990, 1000);
        else if (mode == "small") x = draw(1, 3);
        else x = draw(1, 1000);
    }
    if (mode == "ascending") sort(v.begin(), v.end());
    if (mode == "descending") sort(v.rbegin(), v.rend());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
