// generator N SEED: N random values in [0, 100].
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    vector<int> v(n);
    for (int& x : v) x = uniform_int_distribution<int>(0, 100)(rng);
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
