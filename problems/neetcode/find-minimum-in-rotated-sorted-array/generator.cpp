// Rotated sorted array tests: generator N SEED MODE prints N distinct values in [-5000, 5000],
// sorted, then rotated. random: random rotation; none: rotated N times (sorted); one: rotated
// once (the maximum moves to the front); last: rotated N - 1 times (the minimum ends up last);
// full: values -5000..5000 sampled with the extremes included, random rotation;
// half: rotated N / 2 times.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> all;
    for (int x = -5000; x <= 5000; ++x) all.push_back(x);
    shuffle(all.begin(), all.end(), rng);
    vector<int> v(all.begin(), all.begin() + n);
    if (mode == "full") v[0] = -5000, v[1] = 5000;
    sort(v.begin(), v.end());
    v.erase(unique(v.begin(), v.end()), v.end());
    while ((int)v.size() < n) {  // only after "full" forced the extremes twice
        int x = draw(-5000, 5000);
        if (!binary_search(v.begin(), v.end(), x)) v.insert(lower_bound(v.begin(), v.end(), x), x);
    }
    int k;  // rotations to the right
    if (mode == "none") k = n;
    else if (mode == "one") k = 1;
    else if (mode == "last") k = n - 1;
    else if (mode == "half") k = n / 2;
    else k = draw(1, n);
    rotate(v.begin(), v.begin() + (n - k % n) % n, v.end());
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
