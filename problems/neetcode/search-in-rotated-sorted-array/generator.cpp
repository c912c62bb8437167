// Rotated search tests: generator N SEED ROT TARGET prints N distinct values in [-10^4, 10^4],
// sorted and rotated, and a target. ROT: random pivot, none (pivot 0), one (the maximum moved
// to the front), half (pivot N / 2), minlast (pivot 1: the minimum ends up last), full (the
// extremes -10^4 and 10^4 included, random pivot).
// TARGET: present (random element), absent (a missing value inside the range), last (the last
// element), pivot (the minimum), first (nums[0]), beforepivot (the maximum, just before the
// minimum).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string rot = argv[3], tmode = argv[4];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    set<int> s;
    if (rot == "full") s = {-10000, 10000};
    while ((int)s.size() < n) s.insert(draw(-10000, 10000));
    vector<int> v(s.begin(), s.end());
    int k;  // pivot: v[k] becomes the first element
    if (rot == "none") k = 0;
    else if (rot == "one") k = n - 1;
    else if (rot == "half") k = n / 2;
    else if (rot == "minlast") k = 1;
    else k = draw(0, n - 1);
    rotate(v.begin(), v.begin() + k, v.end());
    int target;
    int minIdx = min_element(v.begin(), v.end()) - v.begin();
    if (tmode == "last") target = v[n - 1];
    else if (tmode == "pivot") target = v[minIdx];
    else if (tmode == "first") target = v[0];
    else if (tmode == "beforepivot") target = v[(minIdx + n - 1) % n];
    else if (tmode == "absent") {
        do target = draw(*s.begin(), *s.rbegin()); while (s.count(target));
    } else target = v[draw(0, n - 1)];
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), target);
}
