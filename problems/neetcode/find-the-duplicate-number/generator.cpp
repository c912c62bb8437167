// Find the Duplicate Number tests: generator N SEED COPIES ORDER.
// n + 1 values in [1, n]: one value d appears COPIES times (2 <= COPIES <= n + 1), the other
// n + 1 - COPIES slots hold distinct values other than d.
// ORDER: random (shuffled); late (shuffled, but d's copies are the last ones, two of them at the
// very end); sorted-max (d = n, ascending); reversed-min (d = 1, descending).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    int copies = atoi(argv[3]);
    string order = argv[4];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    int d = order == "sorted-max" ? n : order == "reversed-min" ? 1 : draw(1, n);
    vector<int> others;
    for (int x = 1; x <= n; ++x)
        if (x != d) others.push_back(x);
    shuffle(others.begin(), others.end(), rng);
    others.resize(n + 1 - copies);
    vector<int> v = others;
    if (order == "late") {
        // copies - 2 of them shuffled in with the rest, the last two at the end.
        v.insert(v.end(), copies - 2, d);
        shuffle(v.begin(), v.end(), rng);
        v.push_back(d);
        v.push_back(d);
    } else {
        v.insert(v.end(), copies, d);
        shuffle(v.begin(), v.end(), rng);
        if (order == "sorted-max") sort(v.begin(), v.end());
        if (order == "reversed-min") sort(v.rbegin(), v.rend());
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
