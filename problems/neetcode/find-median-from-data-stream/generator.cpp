// Find Median tests: generator CALLS SEED MODE (CALLS calls after the constructor, the first an addNum).
// alternate: addNum and findMedian take turns, random values in [-10^5, 10^5];
// batch: half the calls add random values, then the other half ask for the median;
// ascending / descending: alternate, values sorted up or down (one heap keeps receiving);
// equal: alternate, one value everywhere; extremes: alternate, only -10^5 and 10^5;
// front: 3/4 of the calls add descending values (each lands in front of all others), random finds;
// few: alternate, values from {-1, 0, 1}.
int main(int argc, char** argv) {
    int calls = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    const int V = 100000;
    int same = draw(-V, V);
    string names = "[\"MedianFinder\"", args = "[[]";
    int adds = 0;
    auto add = [&](int x) { names += ",\"addNum\""; args += ",[" + to_string(x) + "]"; ++adds; };
    auto find = [&]() { names += ",\"findMedian\""; args += ",[]"; };
    int addTotal = mode == "batch" ? calls / 2 : mode == "front" ? calls * 3 / 4 : (calls + 1) / 2;
    auto value = [&](int k) {  // the k-th added value, k = 0 .. addTotal-1
        if (mode == "ascending") return -V + (int)((long long)2 * V * k / max(1, addTotal - 1));
        if (mode == "descending" || mode == "front") return V - (int)((long long)2 * V * k / max(1, addTotal - 1));
        if (mode == "equal") return same;
        if (mode == "extremes") return draw(0, 1) ? V : -V;
        if (mode == "few") return draw(-1, 1);
        return draw(-V, V);
    };
    for (int done = 0; done < calls; ++done) {
        bool doAdd;
        if (adds == 0) doAdd = true;
        else if (adds == addTotal) doAdd = false;
        else if (mode == "batch") doAdd = true;
        else if (mode == "front") doAdd = draw(0, calls - done - 1) < addTotal - adds;
        else doAdd = done % 2 == 0;
        if (doAdd) add(value(adds)); else find();
    }
    printf("%s]\n%s]\n", names.c_str(), args.c_str());
}
