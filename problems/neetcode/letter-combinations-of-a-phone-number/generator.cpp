// Phone-letter tests: generator LEN SEED DIGITS [same]: LEN digits drawn from DIGITS
// (with "same", one digit drawn once and repeated).
int main(int argc, char** argv) {
    int len = atoi(argv[1]);
    mt19937_64 rng(atoll(argv[2]));
    string pool = argv[3];
    bool same = argc > 4 && string(argv[4]) == "same";
    auto pick = [&]() { return pool[uniform_int_distribution<int>(0, (int)pool.size() - 1)(rng)]; };
    string d;
    char first = pick();
    for (int i = 0; i < len; ++i) d += same ? first : pick();
    printf("\"%s\"\n", d.c_str());
}
