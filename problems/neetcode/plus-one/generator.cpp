// Plus One tests: generator N SEED MODE (N digits).
// random: random digits (first nonzero); tail-nines: random digits, then a non-9 digit followed by a
// run of at least 3N/4 nines (the carry travels far); eight-nines: 8 then N-1 nines (the carry stops
// at the first digit); no-carry: last digit below 9.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> d(n);
    for (int i = 0; i < n; ++i) d[i] = draw(i == 0 ? 1 : 0, 9);
    if (mode == "tail-nines") {
        int start = draw(2, n / 4);
        d[start - 1] = draw(0, 8);
        for (int i = start; i < n; ++i) d[i] = 9;
    } else if (mode == "eight-nines") {
        fill(d.begin(), d.end(), 9);
        d[0] = 8;
    } else if (mode == "no-carry") d[n - 1] = draw(0, 8);
    judge_rt::Writer w;
    judge_rt::write(w, d);
    printf("%s\n", w.str().c_str());
}
