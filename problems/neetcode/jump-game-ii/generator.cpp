// Jump Game II tests: generator N SEED MODE [K]. The last index is always reachable.
// random: values 1..K; zeros: values 0..K, about half of them 0, repaired so that the
//   scan never gets stuck; ones: all 1 (n-1 jumps); thousands: all 1000;
// traps: blocks [2, L-1, 1, 1, ..., 1] of random length L: jumping 1 from the block start reaches
//   the next block, jumping the full 2 lands on the 1s (beats "jump as far as you can");
// ramps: random cut points; every index between two cuts jumps to the cut after next (at most
//   1000 steps), so most choices inside a range tie.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = argc > 4 ? atoi(argv[4]) : 0;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    if (mode == "random") {
        for (int& x : v) x = draw(1, k);
    } else if (mode == "zeros") {
        for (int& x : v) x = draw(0, 1) ? 0 : draw(1, k);
        int reach = 0;
        for (int i = 0; i < n - 1; ++i) {
            if (i == reach && i + v[i] <= reach) v[i] = draw(1, k);  // stuck here: move on
            reach = max(reach, i + v[i]);
        }
    } else if (mode == "ones") {
        for (int& x : v) x = 1;
    } else if (mode == "thousands") {
        for (int& x : v) x = 1000;
    } else if (mode == "traps") {
        int i = 0;
        while (i < n) {
            int len = draw(6, 60);
            for (int j = 0; j < len && i + j < n; ++j) v[i + j] = j == 0 ? 2 : j == 1 ? len - 1 : 1;
            i += len;
        }
    } else {  // ramps
        // Cut points 0 = e0 < e1 < ... (gaps 1..1000); every index of (e[k-1], e[k]] jumps exactly
        // to e[k+1], so all choices inside a range tie.
        vector<int> e = {0};
        while (e.back() < n - 1) e.push_back(min(n - 1, e.back() + draw(1, 1000)));
        e.push_back(n - 1);
        for (size_t k = 0; k + 1 < e.size(); ++k)
            for (int i = k == 0 ? 0 : e[k - 1] + 1; i <= e[k]; ++i) v[i] = min(1000, e[k + 1] - i);
        v[n - 1] = draw(0, 1000);
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
