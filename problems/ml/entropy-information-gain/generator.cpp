// Information-gain tests: generator N SEED MODE (N = parent size).
// random: 2..5 classes, a random split point after shuffling; informative: the children are
// nearly pure (label depends on the side, 5% noise); uninformative: both children have the
// parent's class proportions exactly (gain 0); emptyleft: left child empty; distinct: every
// label different; missing: each child lacks some of the parent's classes; onesample: the
// right child holds a single sample.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto pick = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    vector<int> parent(n), left, right;
    if (mode == "informative") {
        for (int i = 0; i < n; ++i) {
            bool goLeft = i < n / 3;
            int label = goLeft ? 0 : 1;
            if (pick(0, 19) == 0) label = pick(2, 3);
            parent[i] = label;
            (goLeft ? left : right).push_back(label);
        }
    } else if (mode == "uninformative") {
        // Classes in blocks of 10 of the pattern 0,0,0,0,1,1,1,2,2,9; every block goes wholly to one side.
        int pat[10] = {0, 0, 0, 0, 1, 1, 1, 2, 2, 9};
        for (int b = 0; b < n / 10; ++b) {
            bool goLeft = pick(0, 2) == 0;
            for (int k = 0; k < 10; ++k) {
                parent[b * 10 + k] = pat[k];
                (goLeft ? left : right).push_back(pat[k]);
            }
        }
    } else if (mode == "distinct") {
        for (int i = 0; i < n; ++i) parent[i] = i * 3 - 150000;
        shuffle(parent.begin(), parent.end(), rng);
        int cut = pick(1, n - 1);
        left.assign(parent.begin(), parent.begin() + cut);
        right.assign(parent.begin() + cut, parent.end());
    } else if (mode == "missing") {
        // Labels 0..5; left gets mostly classes 0..2 and never 5, right never 0.
        for (int i = 0; i < n; ++i) {
            bool goLeft = pick(0, 1);
            int label = goLeft ? (pick(0, 9) < 8 ? pick(0, 2) : pick(3, 4)) : pick(1, 5);
            parent[i] = label;
            (goLeft ? left : right).push_back(label);
        }
    } else {  // random, emptyleft, onesample
        int k = pick(2, 5);
        vector<int> names(k);
        for (int& x : names) x = pick(-1000000000, 1000000000);
        for (int& x : parent) x = names[pick(0, k - 1)];
        int cut = mode == "emptyleft" ? 0 : mode == "onesample" ? n - 1 : pick(1, n - 1);
        left.assign(parent.begin(), parent.begin() + cut);
        right.assign(parent.begin() + cut, parent.end());
        shuffle(parent.begin(), parent.end(), rng);
    }
    shuffle(left.begin(), left.end(), rng);
    shuffle(right.begin(), right.end(), rng);
    judge_rt::Writer w1, w2, w3;
    judge_rt::write(w1, parent);
    judge_rt::write(w2, left);
    judge_rt::write(w3, right);
    printf("%s\n%s\n%s\n", w1.str().c_str(), w2.str().c_str(), w3.str().c_str());
}
