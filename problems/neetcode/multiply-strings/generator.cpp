// Multiply Strings tests: generator SEED MODE LEN1 LEN2.
// random: random digits (first nonzero); nines: all digits 9 (a carry in every column);
// pow10: 1 followed by zeros; zero: num1 random, num2 = "0"; sparse: mostly zeros with a few
// random nonzero digits (long zero runs inside the product).
int main(int argc, char** argv) {
    mt19937_64 rng(atoll(argv[1]));
    string mode = argv[2];
    int len[2] = {atoi(argv[3]), atoi(argv[4])};
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    string num[2];
    for (int k = 0; k < 2; ++k) {
        string& s = num[k];
        for (int i = 0; i < len[k]; ++i) {
            int d;
            if (mode == "nines") d = 9;
            else if (mode == "pow10") d = i == 0 ? 1 : 0;
            else if (mode == "sparse") d = i == 0 ? draw(1, 9) : (draw(0, 9) == 0 ? draw(1, 9) : 0);
            else d = draw(i == 0 ? 1 : 0, 9);
            s += char('0' + d);
        }
    }
    if (mode == "zero") num[1] = "0";
    judge_rt::Writer w;
    judge_rt::write(w, num[0]);
    printf("%s\n", w.str().c_str());
    judge_rt::Writer w2;
    judge_rt::write(w2, num[1]);
    printf("%s\n", w2.str().c_str());
}
