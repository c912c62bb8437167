// generator N SEED MODE: random (distinct-ish scores), ties (scores from 50
// values), alltied (one score), onepos (a single positive), separated (every
// positive scores above every negative).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    vector<int> y(n);
    vector<double> s(n);
    for (int i = 0; i < n; ++i) {
        y[i] = mode == "onepos" ? 0 : (int)(rng() % 2);
        if (mode == "ties") s[i] = (double)(rng() % 50) / 4;
        else if (mode == "alltied") s[i] = 0.25;
        else if (mode == "separated") s[i] = (y[i] ? 1000 : -1000) + uniform_real_distribution<double>(-999, 999)(rng);
        else s[i] = round(uniform_real_distribution<double>(-1e6, 1e6)(rng) * 1000) / 1000;
    }
    if (mode == "onepos") y[rng() % n] = 1;
    if (count(y.begin(), y.end(), 1) == 0) y[0] = 1;
    judge_rt::Writer a, b;
    judge_rt::write(a, y);
    judge_rt::write(b, s);
    printf("%s\n%s\n", a.str().c_str(), b.str().c_str());
}
