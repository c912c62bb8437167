// Binary Search tests: generator N SEED MODE prints N distinct sorted values in (-10^4, 10^4)
// and a target. present: a random element; absent: a gap value inside the range;
// first / last: the first / last element; below / above: outside the values (needs room);
// dense: N consecutive values starting at -9999, target random inside.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> all;
    for (int x = -9998; x <= 9998; ++x) all.push_back(x);  // leaves -9999 and 9999 free
    shuffle(all.begin(), all.end(), rng);
    vector<int> v(all.begin(), all.begin() + n);
    sort(v.begin(), v.end());
    int target = 0;
    if (mode == "dense") {
        for (int i = 0; i < n; ++i) v[i] = -9999 + i;
        target = v[draw(0, n - 1)];
    } else if (mode == "present") target = v[draw(0, n - 1)];
    else if (mode == "first") target = v[0];
    else if (mode == "last") target = v[n - 1];
    else if (mode == "below") target = -9999;
    else if (mode == "above") target = 9999;
    else {
        set<int> s(v.begin(), v.end());
        do target = draw(v[0] + 1, v[n - 1] - 1); while (s.count(target));
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), target);
}
