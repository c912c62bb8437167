// Longest Repeating Character Replacement tests: generator N SEED MODE K prints a string of
// N upper-case letters and k = min(K, N).
// random: uniform over 26 letters; two: only A and B; same: one letter; runs: runs of 1..50
// equal letters; noise: 90% 'E' with random letters between; alternating: ABAB...
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int k = min(atoi(argv[4]), n);
    auto draw = [&](int a, int b) { return (int)uniform_int_distribution<int>(a, b)(rng); };
    string s;
    while ((int)s.size() < n) {
        if (mode == "two") s += (char)('A' + draw(0, 1));
        else if (mode == "same") s += 'K';
        else if (mode == "runs") s += string(draw(1, 50), (char)('A' + draw(0, 25)));
        else if (mode == "noise") s += draw(0, 9) ? 'E' : (char)('A' + draw(0, 25));
        else if (mode == "alternating") s += s.size() % 2 ? 'B' : 'A';
        else s += (char)('A' + draw(0, 25));
    }
    s.resize(n);
    judge_rt::Writer w;
    judge_rt::write(w, s);
    printf("%s\n%d\n", w.str().c_str(), k);
}
