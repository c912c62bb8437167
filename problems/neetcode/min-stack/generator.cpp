// Min Stack tests: generator OPS SEED MODE; OPS counts every call including the constructor.
// random: random values over the whole int range, random operations;
// extremes: values from {INT_MIN, INT_MIN+1, -1, 0, 1, INT_MAX-1, INT_MAX};
// descending: pushes of falling values, then pops each followed by getMin and top;
// few: values from -3..3 (many equal minima), random operations;
// sawtooth: repeated runs of random pushes then pops down to a few elements, with getMin;
// deep: half the calls are pushes, the other half getMin/top on a deep stack.
int main(int argc, char** argv) {
    int ops = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    const long long extremes[] = {INT_MIN, (long long)INT_MIN + 1, -1, 0, 1, (long long)INT_MAX - 1, INT_MAX};
    vector<string> names{"MinStack"};
    vector<vector<int>> args{{}};
    long long size = 0;
    auto value = [&]() -> int {
        if (mode == "extremes") return extremes[draw(0, 6)];
        if (mode == "few") return draw(-3, 3);
        return draw(INT_MIN, INT_MAX);
    };
    auto push = [&](int v) { names.push_back("push"); args.push_back({v}); ++size; };
    auto call = [&](const char* name) {
        names.push_back(name); args.push_back({});
        if (string(name) == "pop") --size;
    };
    auto query = [&]() { call(draw(0, 1) ? "getMin" : "top"); };
    int budget = ops - 1;
    if (mode == "descending") {
        int pushes = budget / 4;
        long long v = INT_MAX;
        for (int i = 0; i < pushes; ++i) { push((int)v); v -= draw(1, 572000); }  // 7499 * 572000 < 2^32: stays >= INT_MIN
        while ((int)names.size() + 3 <= ops && size > 0) {
            call("getMin"); call("top"); call("pop");
        }
    } else if (mode == "deep") {
        int pushes = budget / 2;
        for (int i = 0; i < pushes; ++i) push(value());
        while ((int)names.size() < ops) query();
    } else if (mode == "sawtooth") {
        while ((int)names.size() < ops) {
            int up = draw(50, 500);
            for (int i = 0; i < up && (int)names.size() < ops; ++i) {
                push(value());
                if ((int)names.size() < ops && draw(0, 3) == 0) call("getMin");
            }
            while (size > draw(1, 5) && (int)names.size() + 2 <= ops) { call("pop"); call("getMin"); }
        }
    } else {  // random, extremes, few
        while ((int)names.size() < ops) {
            int r = draw(0, 9);
            if (size == 0 || r < 4) push(value());
            else if (r < 6) call("pop");
            else query();
        }
    }
    judge_rt::Writer a, b;
    judge_rt::write(a, names);
    judge_rt::write(b, args);
    printf("%s\n%s\n", a.str().c_str(), b.str().c_str());
}
