// Evaluate RPN tests: generator N SEED MODE prints a valid RPN expression of N tokens (N odd).
// Numbers are in [-200, 200]; every operator is chosen so that its result fits in 32 bits and
// division is never by zero. The generator also evaluates the expression with the operands of
// '-' and '/' swapped (64-bit, wrapping) and never lets that evaluation divide by zero either,
// so the swapped-operands mistake gives wrong answers rather than a crash.
// random: numbers and operators interleaved at random; deep: all numbers first, then all
// operators; chain: number, then (number, operator) pairs; divide: as random, preferring '/'
// with operands of mixed signs; big: as random, preferring '*' so values grow large.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](long long a, long long b) { return uniform_int_distribution<long long>(a, b)(rng); };
    int numsLeft = (n + 1) / 2, opsLeft = n / 2;
    vector<long long> st, sw;  // sw: the swapped-operands evaluation
    vector<string> out;
    while (numsLeft + opsLeft > 0) {
        bool push;
        if (numsLeft == 0) push = false;
        else if (st.size() < 2) push = true;
        else if (mode == "deep") push = true;
        else if (mode == "chain") push = false;
        else push = draw(0, 1);
        if (mode == "chain" && st.size() == 1 && numsLeft > 0) push = true;
        if (push) {
            long long v = draw(-200, 200);
            st.push_back(v), sw.push_back(v), out.push_back(to_string(v)), --numsLeft;
            continue;
        }
        long long b = st.back(); st.pop_back();
        long long a = st.back(); st.pop_back();
        long long sb = sw.back(); sw.pop_back();
        long long sa = sw.back(); sw.pop_back();
        auto ok = [&](char op, long long& r) {
            if (op == '+') r = a + b;
            else if (op == '-') r = a - b;
            else if (op == '*') r = a * b;
            else {
                if (b == 0 || sa == 0 || (sa == -1 && sb == LLONG_MIN)) return false;
                r = a / b;
            }
            return r > INT_MIN && r <= INT_MAX;
        };
        string pref = mode == "divide" ? "//-+*" : mode == "big" ? "***+-/" : "+-*/";
        long long r = 0;
        char op = 0;
        for (int tries = 0; tries < 50 && !op; ++tries) {
            char c = pref[draw(0, pref.size() - 1)];
            if (ok(c, r)) op = c;
        }
        for (char c : string("+-*/")) if (!op && ok(c, r)) op = c;
        unsigned long long ua = sa, ub = sb;
        long long sr = op == '+' ? (long long)(ua + ub) : op == '-' ? (long long)(ub - ua)
                     : op == '*' ? (long long)(ua * ub) : sb / sa;
        st.push_back(r), sw.push_back(sr), out.push_back(string(1, op)), --opsLeft;
    }
    judge_rt::Writer w;
    judge_rt::write(w, out);
    printf("%s\n", w.str().c_str());
}
