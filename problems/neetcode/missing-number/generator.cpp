// Missing Number tests: generator N SEED MODE.
// random: a random value of 0..N missing, shuffled; zero: 0 missing, shuffled; top: N missing,
// shuffled; sorted: random missing value, increasing order; reversed: decreasing order.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int missing = uniform_int_distribution<int>(1, n - 1)(rng);
    if (mode == "zero") missing = 0;
    if (mode == "top") missing = n;
    vector<int> v;
    for (int x = 0; x <= n; ++x)
        if (x != missing) v.push_back(x);
    if (mode == "reversed") reverse(v.begin(), v.end());
    else if (mode != "sorted") shuffle(v.begin(), v.end(), rng);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
