// Reconstruct Itinerary tests: generator N SEED MODE [M]. Every test has an itinerary from JFK.
// random M: a random walk of N flights from JFK over M airports (JFK included), so
//   airports repeat and many tickets are duplicates when M is small;
// circuit M: like random, but the walk ends back at JFK (every airport balanced);
// chain: N flights through N + 1 distinct airports;
// hub: JFK -> AAA, where AAA has many out-and-back loops, plus a loop JFK -> ZZZ -> YYY -> JFK
//   that must be flown first: taking the smallest ticket AAA first is a dead end after
//   every ordering of the hub loops (exponential for plain backtracking);
// traps: a chain JFK -> A1 -> A2 -> ... of small names, each Ai also on a loop of larger
//   names that must be flown before moving on (2^levels for plain backtracking).
// Tickets are listed in random order.
int main(int argc, char** argv) {
    int n = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string mode = argv[3];
    int m = argc > 4 ? atoi(argv[4]) : 0;
    auto draw = [&](int a, int b) { return uniform_int_distribution<int>(a, b)(rng); };
    set<string> used = {"JFK"};
    auto fresh = [&](char lo, char hi) {  // a new code whose first letter is in [lo, hi]
        for (;;) {
            string s(3, 'A');
            s[0] = (char)draw(lo, hi), s[1] = (char)draw('A', 'Z'), s[2] = (char)draw('A', 'Z');
            if (used.insert(s).second) return s;
        }
    };
    vector<pair<string, string>> t;
    if (mode == "random" || mode == "circuit") {
        vector<string> ap = {"JFK"};
        while ((int)ap.size() < m) ap.push_back(fresh('A', 'Z'));
        int cur = 0;
        for (int i = 0; i < n; ++i) {
            int nxt;
            if (mode == "circuit" && i == n - 1) nxt = 0;
            else
                do nxt = draw(0, m - 1);
                while (nxt == cur || (mode == "circuit" && i == n - 2 && nxt == 0));
            t.push_back({ap[cur], ap[nxt]});
            cur = nxt;
        }
    } else if (mode == "chain") {
        string cur = "JFK";
        for (int i = 0; i < n; ++i) {
            string nxt = fresh('A', 'Z');
            t.push_back({cur, nxt});
            cur = nxt;
        }
    } else if (mode == "hub") {
        used.insert({"AAA", "ZZZ", "YYY"});
        t.push_back({"JFK", "AAA"});
        t.push_back({"JFK", "ZZZ"});
        t.push_back({"ZZZ", "YYY"});
        t.push_back({"YYY", "JFK"});
        while ((int)t.size() + 2 <= n) {
            string b = fresh('B', 'X');
            t.push_back({"AAA", b});
            t.push_back({b, "AAA"});
        }
    } else if (mode == "traps") {
        string cur = "JFK";
        for (;;) {
            int len = draw(2, 4);  // loop length at the next chain airport
            if ((int)t.size() + 1 + len > n) break;
            string a = fresh('A', 'I');
            t.push_back({cur, a});
            string prev = a;
            for (int j = 0; j + 1 < len; ++j) {
                string c = fresh('K', 'Z');
                t.push_back({prev, c});
                prev = c;
            }
            t.push_back({prev, a});
            cur = a;
        }
        while ((int)t.size() < n) {  // finish with a plain chain
            string a = fresh('A', 'I');
            t.push_back({cur, a});
            cur = a;
        }
    }
    shuffle(t.begin(), t.end(), rng);
    vector<vector<string>> out;
    for (auto& [a, b] : t) out.push_back({a, b});
    judge_rt::Writer w;
    judge_rt::write(w, out);
    printf("%s\n", w.str().c_str());
}
