// Single Number tests: generator N SEED MODE (N odd: (N-1)/2 pairs plus the single value).
// random: distinct random values, shuffled; sorted-last: sorted, single is the largest value (last);
// single-min: shuffled, the single value is -30000; single-zero: shuffled, the single value is 0;
// halves: the pair values in one order, then the same order again, single at the end (each
// partner is n/2 away); negative: all values negative, shuffled.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int pairs = (n - 1) / 2;
    int lo = -30000, hi = mode == "negative" ? -1 : 30000;
    vector<int> pool;
    for (int x = lo; x <= hi; ++x) pool.push_back(x);
    shuffle(pool.begin(), pool.end(), rng);
    int single;
    if (mode == "single-min") single = -30000;
    else if (mode == "single-zero") single = 0;
    else if (mode == "sorted-last") single = 30000;
    else single = pool.back();
    vector<int> values;  // pair values, distinct and different from single
    for (int x : pool) {
        if ((int)values.size() == pairs) break;
        if (x != single) values.push_back(x);
    }
    if (mode == "sorted-last") sort(values.begin(), values.end());
    vector<int> v;
    if (mode == "halves") {
        v = values;
        v.insert(v.end(), values.begin(), values.end());
        v.push_back(single);
    } else if (mode == "sorted-last") {
        for (int x : values) v.push_back(x), v.push_back(x);
        v.push_back(single);
    } else {
        for (int x : values) v.push_back(x), v.push_back(x);
        v.push_back(single);
        shuffle(v.begin(), v.end(), rng);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
