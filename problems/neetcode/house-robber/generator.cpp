// House Robber tests: generator N SEED MODE.
// random: values in [0, 400]; max: every value 400; pairs: blocks like [x, y, y, x] where the best
// choice skips two houses in a row; small: values in [0, 5] (many ties); sparse: mostly small
// values with a few big ones, some of them adjacent.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") v[i] = draw(0, 400);
        else if (mode == "max") v[i] = 400;
        else if (mode == "pairs") v[i] = (i % 4 == 0 || i % 4 == 3) ? draw(300, 400) : draw(0, 150);
        else if (mode == "small") v[i] = draw(0, 5);
        else v[i] = draw(0, 9) == 0 ? draw(350, 400) : draw(0, 20);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
