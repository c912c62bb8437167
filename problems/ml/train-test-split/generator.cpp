// Train-test-split tests: generator N SEED FRACTION MODE.
// random: a uniformly shuffled permutation; reverse: n-1, ..., 0; identity: 0, ..., n-1.
// FRACTION is written as given (choose values whose product with N is whole or clearly not).
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    double f = atof(argv[3]);
    string mode = argv[4];
    vector<int> p(n);
    iota(p.begin(), p.end(), 0);
    if (mode == "random") shuffle(p.begin(), p.end(), rng);
    else if (mode == "reverse") reverse(p.begin(), p.end());
    judge_rt::Writer w, w2;
    judge_rt::write(w, p);
    judge_rt::write(w2, f);
    printf("%s\n%s\n", w.str().c_str(), w2.str().c_str());
}
