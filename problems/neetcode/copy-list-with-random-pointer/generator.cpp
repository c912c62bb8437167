// Copy List with Random Pointer tests: generator N SEED MODE.
// random: random values, random targets (about 1 in 5 null); null: no randoms;
// self: every node points at itself; duplicates: values from {1, 2, 3} with
// random targets spread over the list; extremes: values -10^4 / 10^4.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    string out = "[";
    for (int i = 0; i < n; ++i) {
        int val;
        if (mode == "duplicates") val = draw(1, 3);
        else if (mode == "extremes") val = draw(0, 1) ? 10000 : -10000;
        else val = draw(-10000, 10000);
        string r;
        if (mode == "null") r = "null";
        else if (mode == "self") r = to_string(i);
        else if (mode == "random" && draw(0, 4) == 0) r = "null";
        else r = to_string(draw(0, n - 1));
        if (i) out += ",";
        out += "[" + to_string(val) + "," + r + "]";
    }
    out += "]";
    printf("%s\n", out.c_str());
}
