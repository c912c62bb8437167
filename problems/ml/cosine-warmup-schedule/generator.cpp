// Cosine-with-warmup tests: "generator fixed BASE WARMUP TOTAL MIN" prints the arguments as
// given; "generator random SEED TOTAL" draws baseLr in [1e-4, 10], warmupSteps in [0, TOTAL]
// and minLr in [0, baseLr / 2] from the seed.
int main(int argc, char** argv) {
    string mode = argv[1];
    double base, minLr;
    int warmup, total;
    if (mode == "fixed") {
        base = atof(argv[2]);
        warmup = atoi(argv[3]);
        total = atoi(argv[4]);
        minLr = atof(argv[5]);
    } else {
        mt19937_64 rng(atoll(argv[2]));
        total = atoi(argv[3]);
        base = round(pow(10.0, uniform_real_distribution<double>(-4, 1)(rng)) * 1e6) / 1e6;
        warmup = uniform_int_distribution<int>(0, total)(rng);
        minLr = round(uniform_real_distribution<double>(0, base / 2)(rng) * 1e8) / 1e8;
    }
    judge_rt::Writer w;
    judge_rt::write(w, base);
    printf("%s\n%d\n%d\n", w.str().c_str(), warmup, total);
    judge_rt::Writer w2;
    judge_rt::write(w2, minLr);
    printf("%s\n", w2.str().c_str());
}
