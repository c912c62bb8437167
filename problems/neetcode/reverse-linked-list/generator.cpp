// Reverse Linked List tests: generator N SEED MODE.
// random: values in [-5000, 5000]; ascending / descending: sorted values;
// extremes: only -5000 and 5000; equal: one value repeated.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    int same = draw(-5000, 5000);
    for (int& x : v) {
        if (mode == "extremes") x = draw(0, 1) ? 5000 : -5000;
        else if (mode == "equal") x = same;
        else x = draw(-5000, 5000);
    }
    if (mode == "ascending") sort(v.begin(), v.end());
    if (mode == "descending") sort(v.rbegin(), v.rend());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
