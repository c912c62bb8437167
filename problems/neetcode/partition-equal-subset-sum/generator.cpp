// Partition Equal Subset Sum tests: generator N SEED MODE, values in [1, 100].
// evennopart: even values with total = 2 (mod 4), so half the total is odd and unreachable;
// hundreds: N copies of 100 (no split when N is odd); randomeven / randomodd: uniform values,
// total made even / odd; small: values 1..5 with an even total; reusetrap: multiples of 10
// plus 1 and 3, no split, but an element used twice would make one.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    auto total = [&] { return accumulate(v.begin(), v.end(), 0); };
    if (mode == "evennopart") {
        for (int& x : v) x = 2 * draw(1, 50);
        if (total() % 4 == 0) v[0] = v[0] == 100 ? 98 : v[0] + 2;
    } else if (mode == "hundreds") {
        for (int& x : v) x = 100;
    } else if (mode == "randomeven" || mode == "randomodd") {
        for (int& x : v) x = draw(1, 100);
        int want = mode == "randomodd";
        if (total() % 2 != want) v[0] = v[0] == 100 ? 99 : v[0] + 1;
    } else if (mode == "small") {
        for (int& x : v) x = draw(1, 5);
        if (total() % 2) v[0] = v[0] == 5 ? 4 : v[0] + 1;
    } else if (mode == "reusetrap") {
        // Multiples of 10 summing to 0 (mod 20), plus 1 and 3: half the total is 2 (mod 10),
        // which no subset reaches, but using the 1 twice would.
        for (int& x : v) x = 10 * draw(1, 10);
        v[0] = 1, v[1] = 3;
        if ((total() - 4) % 20) v[2] = v[2] == 100 ? 90 : v[2] + 10;
        shuffle(v.begin(), v.end(), rng);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
