// Burst Balloons tests: generator N SEED MODE.
// random: values 0..100; same100: every value 100 (largest answer); zeros: random values
// with about a third of them 0; increasing: sorted ascending; small: values 0..3;
// alternating: 100 and 1 in turn; valley: high at both ends, falling to 1 in the middle.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "same100") v[i] = 100;
        else if (mode == "zeros") v[i] = draw(0, 2) == 0 ? 0 : draw(1, 100);
        else if (mode == "small") v[i] = draw(0, 3);
        else if (mode == "alternating") v[i] = i % 2 ? 1 : 100;
        else if (mode == "valley") v[i] = max(1, 100 - 100 * min(i, n - 1 - i) / (n / 2));
        else v[i] = draw(0, 100);
    }
    if (mode == "increasing") sort(v.begin(), v.end());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
