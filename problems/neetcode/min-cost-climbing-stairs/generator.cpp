// Min Cost Climbing Stairs tests: generator N SEED MODE.
// random: values in [0, 999]; max: every value 999; zeros: mostly 999 with scattered zeros;
// alternating: 0 and 999 alternate with random noise; greedy: runs where taking the cheaper next
// step leads onto expensive steps later; small: values in [0, 9] (many ties).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    vector<int> v(n);
    for (int i = 0; i < n; ++i) {
        if (mode == "random") v[i] = draw(0, 999);
        else if (mode == "max") v[i] = 999;
        else if (mode == "zeros") v[i] = draw(0, 3) == 0 ? 0 : 999;
        else if (mode == "alternating") v[i] = i % 2 ? draw(990, 999) : draw(0, 9);
        else if (mode == "small") v[i] = draw(0, 9);
        else {
            // Blocks [1, 2, 500, 3]: greedy goes 1 -> 2 -> must take 500 or 3 ... mixed with noise.
            static const int block[] = {1, 2, 500, 3, 600, 1};
            v[i] = block[i % 6] + draw(0, 2);
        }
    }
    judge_rt::Writer w;
    judge_rt::write(w, v);
    printf("%s\n", w.str().c_str());
}
