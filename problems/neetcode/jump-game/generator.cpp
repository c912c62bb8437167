// Jump Game tests: generator N SEED MODE.
// wall: nums[i] = n-2-i, so every index reaches the 0 at n-2 and nothing beyond (false; every
//   subset of indices is a path, the worst case for a recursion without memo);
// onesgap: all 1, except some pairs 2, 0 where the 0 is jumped over (true);
// chain: random 0..3 values, but each index that the greedy scan reaches is kept able to move
//   on, so the end is reached only just (true);
// oneshort: random values with every jump capped to end at or before n-2, and nums[n-2] = 0
//   (false); huge: a third 0, the rest up to 10^5 (true); twozero: 2,0,2,0,... ending in 0
//   (true); random: random 0..4 values (almost surely blocked somewhere: false).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    if (mode == "wall") {
        for (int i = 0; i < n; ++i) v[i] = max(0, n - 2 - i);
        v[n - 1] = draw(0, 100000);
    } else if (mode == "onesgap") {
        for (int& x : v) x = 1;
        for (int i = 0; i + 2 < n; ++i)
            if (draw(0, 9) == 0) v[i] = 2, v[i + 1] = 0, ++i;
    } else if (mode == "chain") {
        int reach = 0;
        for (int i = 0; i < n; ++i) {
            v[i] = draw(0, 3);
            if (i == reach && i + v[i] <= reach && i < n - 1) v[i] = draw(1, 3);
            reach = max(reach, i + v[i]);
        }
    } else if (mode == "oneshort") {
        for (int i = 0; i < n; ++i) v[i] = min(draw(0, 100000), max(0, n - 2 - i));
        for (int i = 0; i + 2 < n; ++i) if (v[i] == 0) v[i] = 1;
        v[n - 2] = 0;
        v[n - 1] = draw(0, 100000);
    } else if (mode == "huge") {
        for (int& x : v) x = draw(0, 2) == 0 ? 0 : draw(1, 100000);
        v[0] = max(v[0], 1);
    } else if (mode == "twozero") {
        for (int i = 0; i < n; ++i) v[i] = i % 2 ? 0 : 2;
        v[n - 1] = 0;
    } else {
        for (int& x : v) x = draw(0, 4);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
