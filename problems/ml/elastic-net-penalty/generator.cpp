// Elastic-net tests: generator D SEED MODE LAMBDA L1RATIO.
// random: weights uniform in [-1000, 1000] (4 decimals); zeros: 40% exact zeros, the rest in
// [-10, 10]; tiny: magnitudes 10^-12 .. 10^-3 with random signs (some zeros); extreme: weights
// at or near +-1000.
int main(int argc, char** argv) {
    int d = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    double lambda = atof(argv[4]), ratio = atof(argv[5]);
    auto uni = [&](double a, double b) { return uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<double> w(d);
    for (double& x : w) {
        if (mode == "zeros") x = pick(0, 9) < 4 ? 0.0 : round(uni(-10, 10) * 1e4) / 1e4;
        else if (mode == "tiny") x = pick(0, 19) == 0 ? 0.0 : (pick(0, 1) ? 1 : -1) * pow(10.0, uni(-12, -3));
        else if (mode == "extreme") x = (pick(0, 1) ? 1 : -1) * (pick(0, 3) == 0 ? 1000.0 : 1000 - round(uni(0, 1) * 1e4) / 1e4);
        else x = round(uni(-1000, 1000) * 1e4) / 1e4;
    }
    judge_rt::Writer a, b, c;
    judge_rt::write(a, w);
    judge_rt::write(b, lambda);
    judge_rt::write(c, ratio);
    printf("%s\n%s\n%s\n", a.str().c_str(), b.str().c_str(), c.str().c_str());
}
