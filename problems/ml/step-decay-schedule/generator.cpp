// Step-decay tests: "generator fixed BASE GAMMA STEP EPOCHS" prints the arguments as given;
// "generator random SEED EPOCHS" draws baseLr in [1e-4, 10], gamma in [0.05, 1] and
// stepSize in [1, 5000] from the seed.
int main(int argc, char** argv) {
    string mode = argv[1];
    double base, gamma;
    int step, epochs;
    if (mode == "fixed") {
        base = atof(argv[2]);
        gamma = atof(argv[3]);
        step = atoi(argv[4]);
        epochs = atoi(argv[5]);
    } else {
        mt19937_64 rng(atoll(argv[2]));
        epochs = atoi(argv[3]);
        base = round(pow(10.0, uniform_real_distribution<double>(-4, 1)(rng)) * 1e6) / 1e6;
        gamma = round(uniform_real_distribution<double>(0.05, 1)(rng) * 1e4) / 1e4;
        step = uniform_int_distribution<int>(1, 5000)(rng);
    }
    judge_rt::Writer w;
    judge_rt::write(w, base);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, gamma);
    printf("%s\n%d\n%d\n", w2.str().c_str(), step, epochs);
}
