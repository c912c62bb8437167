// House Robber II tests: generator N SEED MODE.
// random: values in [0, 1000]; max: every value 1000; ends: the first and last houses are the
// richest, so robbing both is tempting; pairs: blocks like [x, y, y, x] where the best choice skips
// two houses in a row; small: values in [0, 5] (many ties).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") v[i] = draw(0, 1000);
        else if (mode == "max") v[i] = 1000;
        else if (mode == "ends") v[i] = (i == 0 || i == n - 1) ? draw(990, 1000) : (i % 2 == 0 ? draw(400, 600) : draw(0, 300));
        else if (mode == "pairs") v[i] = (i % 4 == 0 || i % 4 == 3) ? draw(700, 1000) : draw(0, 300);
        else v[i] = draw(0, 5);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
