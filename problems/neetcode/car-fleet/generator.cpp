// Car Fleet tests: generator N SEED MODE prints target, position, speed (target = 10^6).
// random: distinct random positions, random speeds; onefleet: the car nearest the target is
// the slowest, everyone catches it; separate: one common speed, so nobody catches anybody;
// equaltimes: every car needs a whole number of hours in 1..5, many arrive exactly together;
// close: speeds near 10^6 and distances near 10^6, times differ by ~10^-12 relatively;
// leaders: a few very slow cars spread out, random cars between them.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    const int target = 1000000;
    auto draw = [&](long long a, long long b) { return (long long)uniform_int_distribution<long long>(a, b)(rng); };
    vector<int> pos, spd;
    if (mode == "equaltimes") {
        // distance = k * speed with k in 1..5; distinct distances.
        set<int> used;
        while ((int)pos.size() < n) {
            int k = draw(1, 5);
            int s = draw(1, target / k);
            int d = k * s;
            if (d > target || used.count(d)) continue;
            used.insert(d);
            pos.push_back(target - d);
            spd.push_back(s);
        }
    } else if (mode == "close") {
        // Distances in the top of the range, speeds near 10^6: times all close to 1 hour.
        set<int> used;
        while ((int)pos.size() < n) {
            int d = draw(target - 2 * n, target);
            if (used.count(d)) continue;
            used.insert(d);
            pos.push_back(target - d);
            spd.push_back(draw(target - 2 * n, target));
        }
    } else {
        vector<int> all(target);
        iota(all.begin(), all.end(), 0);
        for (int i = 0; i < n; ++i) swap(all[i], all[draw(i, target - 1)]);
        pos.assign(all.begin(), all.begin() + n);
        int common = draw(1, 1000000);
        int front = *max_element(pos.begin(), pos.end());
        for (int i = 0; i < n; ++i) {
            int s;
            if (mode == "separate") s = common;
            else if (mode == "onefleet") {
                // time (target - p) / s must not exceed the leader's time (target - front) / 1.
                long long d = target - pos[i], lead = target - front;
                long long minS = (d + lead - 1) / lead;
                s = pos[i] == front ? 1 : (int)draw(min<long long>(minS, 1000000), 1000000);
            } else if (mode == "leaders") s = draw(0, 999) == 0 ? (int)draw(1, 3) : (int)draw(1, 1000000);
            else s = draw(1, 1000000);
            spd.push_back(s);
        }
    }
    judge_rt::Writer w1, w2;
    judge_rt::write(w1, pos);
    judge_rt::write(w2, spd);
    printf("%d\n%s\n%s\n", target, w1.str().c_str(), w2.str().c_str());
}
