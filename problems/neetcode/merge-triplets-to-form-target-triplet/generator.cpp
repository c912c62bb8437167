// Merge Triplets tests: generator N SEED MODE.
// random-true: random triplets plus three planted pieces, one per target coordinate;
// random-false: random triplets, but no valid triplet reaches one target coordinate
// (the triplets that reach it all exceed the target elsewhere);
// all-valid-false: every triplet stays within the target, one coordinate is never reached;
// traps: each triplet matches one target coordinate, those for one coordinate all exceed
// elsewhere; identical: n copies of the target; late: n-3 triplets strictly below the
// target, then the three pieces; extremes: values only 1 or 1000.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    vector<vector<int>> t;
    vector<int> target(3);
    // matches target[k], stays within the target elsewhere, strictly below it at `avoid`
    auto piece = [&](int k, int avoid = -1) {
        vector<int> p(3);
        for (int c = 0; c < 3; ++c) p[c] = c == k ? target[c] : draw(1, c == avoid ? target[c] - 1 : target[c]);
        return p;
    };
    if (mode == "random-true" || mode == "random-false") {
        for (int& x : target) x = draw(600, 999);
        for (int i = 0; i < n; ++i) t.push_back({draw(1, 1000), draw(1, 1000), draw(1, 1000)});
        if (mode == "random-false") {
            int k0 = draw(0, 2);
            for (auto& p : t) {
                bool valid = p[0] <= target[0] && p[1] <= target[1] && p[2] <= target[2];
                if (valid && p[k0] == target[k0]) p[(k0 + 1) % 3] = draw(target[(k0 + 1) % 3] + 1, 1000);
            }
            for (int r = 0; r < 50; ++r) {  // traps: reach target[k0] but exceed elsewhere
                vector<int> p = piece(k0);
                p[(k0 + 2) % 3] = draw(target[(k0 + 2) % 3] + 1, 1000);
                t[draw(0, n - 1)] = p;
            }
            for (int k = 0; k < 3; ++k)
                if (k != k0) t[draw(0, n - 1)] = piece(k, k0);
        } else {
            for (int k = 0; k < 3; ++k) t[draw(0, n - 1)] = piece(k);
        }
    } else if (mode == "all-valid-false") {
        for (int& x : target) x = draw(900, 1000);
        int k0 = draw(0, 2);
        for (int i = 0; i < n; ++i) {
            vector<int> p(3);
            for (int c = 0; c < 3; ++c) p[c] = draw(1, c == k0 ? target[c] - 1 : target[c]);
            t.push_back(p);
        }
    } else if (mode == "traps") {
        for (int& x : target) x = draw(400, 800);
        int k0 = draw(0, 2);
        for (int i = 0; i < n; ++i) {
            int k = draw(0, 2);
            vector<int> p = piece(k, k0);
            if (k == k0) {
                int c = (k0 + 1 + draw(0, 1)) % 3;
                p[c] = draw(target[c] + 1, 1000);
            }
            t.push_back(p);
        }
    } else if (mode == "identical") {
        for (int& x : target) x = draw(1, 1000);
        t.assign(n, target);
    } else if (mode == "late") {
        for (int& x : target) x = draw(2, 1000);
        for (int i = 0; i < n - 3; ++i) t.push_back({draw(1, target[0] - 1), draw(1, target[1] - 1), draw(1, target[2] - 1)});
        for (int k = 0; k < 3; ++k) t.push_back(piece(k));
    } else {  // extremes
        target = {1000, 1, 1000};
        for (int i = 0; i < n; ++i) {
            vector<int> p(3);
            for (int& x : p) x = draw(0, 1) ? 1000 : 1;
            if (p == target) p[1] = 1000;  // the target itself never appears
            t.push_back(p);
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, t);
    w.raw('\n');
    judge_rt::write(w, target);
    printf("%s\n", w.str().c_str());
}
