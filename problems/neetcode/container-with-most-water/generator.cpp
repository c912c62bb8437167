// Container With Most Water tests: generator N SEED MODE prints N heights in [0, 10^4].
// random: uniform; increasing / decreasing: sorted ramps; equal: all 10^4 (the largest
// possible answer); zero: all 0; inside: two walls of 10^4 at n/4 and 3n/4 among low
// walls; mountain: rising to the middle and falling; valley: the opposite.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        long long up = 10000LL * i / (n - 1);  // 0 .. 10^4 along the array
        long long mid = 10000LL * min(i, n - 1 - i) / ((n - 1) / 2);
        if (mode == "increasing") v[i] = up;
        else if (mode == "decreasing") v[i] = 10000 - up;
        else if (mode == "equal") v[i] = 10000;
        else if (mode == "zero") v[i] = 0;
        else if (mode == "inside") v[i] = draw(0, 100);
        else if (mode == "mountain") v[i] = min<long long>(10000, mid + draw(0, 3));
        else if (mode == "valley") v[i] = max<long long>(0, 10000 - mid - draw(0, 3));
        else v[i] = draw(0, 10000);
    }
    if (mode == "inside") v[n / 4] = v[3 * n / 4] = 10000;
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
