// generator N SEED MODE: random (probabilities anywhere), confident (near 0
// and 1, some exactly), extremes (only 0, 1 and 0.5).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    vector<int> y(n);
    vector<double> p(n);
    for (int i = 0; i < n; ++i) {
        y[i] = rng() % 2;
        double u = uniform_real_distribution<double>(0, 1)(rng);
        if (mode == "confident") p[i] = rng() % 10 == 0 ? double(rng() % 2) : (u < 0.5 ? u * 1e-6 : 1 - u * 1e-6);
        else if (mode == "extremes") p[i] = (rng() % 3) * 0.5;
        else p[i] = round(u * 1e6) / 1e6;
    }
    judge_rt::Writer w;
    judge_rt::write(w, y);
    string ys = w.str();
    judge_rt::Writer v;
    judge_rt::write(v, p);
    printf("%s\n%s\n", ys.c_str(), v.str().c_str());
}
