// Remove Nth Node From End tests: generator SZ SEED MODE.
// Values in [0, 100] (one value repeated in mode equal). n: head = sz (the first node),
// tail = 1, second = sz - 1, random = anywhere in between.
int main(int argc, char** argv) {
    int sz = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(sz);
    int same = draw(0, 100);
    for (int& x : v) x = mode == "equal" ? same : draw(0, 100);
    int n = mode == "head" ? sz : mode == "tail" ? 1 : mode == "second" ? sz - 1 : draw(2, sz - 1);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n%d\n", w.str().c_str(), n);
}
