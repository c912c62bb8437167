// Combination Sum II tests: generator N TARGET SEED MODE — N values from [1, 50].
// random: any values; small: values in [1, 10] (thousands of combinations); ones: 95% of the values 1,
// the rest in [2, 30];
// tiny: values in [1, 3] (long runs of equal values); big: 95% of the values exceed the target;
// cover: every value 1..30 at least once, the rest random in [1, 50].
int main(int argc, char** argv) {
    int n = atoi(argv[1]), target = atoi(argv[2]);
    mt19937_64 rng(atoll(argv[3]));
    string mode = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> c;
    if (mode == "cover")
        for (int v = 1; v <= 30 && (int)c.size() < n; ++v) c.push_back(v);
    while ((int)c.size() < n) {
        int x;
        if (mode == "small") x = draw(1, 10);
        else if (mode == "ones") x = draw(0, 19) ? 1 : draw(2, 30);
        else if (mode == "tiny") x = draw(1, 3);
        else if (mode == "big") x = draw(0, 19) ? draw(target + 1, 50) : draw(1, target);
        else x = draw(1, 50);
        c.push_back(x);
    }
    shuffle(c.begin(), c.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, c);
    printf("%s\n%d\n", w.str().c_str(), target);
}
