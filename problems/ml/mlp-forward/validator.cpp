// Checks shapes (X n x d, W1 d x h, b1 h, W2 h x k, b2 k) and that every number is in [-10, 10].
static string matrix(const judge_rt::Value& m, const char* name, size_t lo, size_t hi, size_t cols_lo,
                     size_t cols_hi, size_t* rows, size_t* cols) {
    if (m.items.size() < lo || m.items.size() > hi) return string(name) + ".length out of range";
    *rows = m.items.size();
    *cols = m.items[0].items.size();
    if (*cols < cols_lo || *cols > cols_hi) return string(name) + "[0].length out of range";
    for (const auto& row : m.items) {
        if (row.kind != judge_rt::Value::Kind::List || row.items.size() != *cols)
            return string(name) + " is not a rectangular matrix";
        for (const auto& x : row.items) {
            if (!x.is_numeric()) return string(name) + " holds a non-number";
            if (!(x.number >= -10 && x.number <= 10)) return string(name) + " value out of [-10, 10]";
        }
    }
    return "";
}
static string vec(const judge_rt::Value& v, const char* name, size_t len) {
    if (v.items.size() != len) return string(name) + " has the wrong length";
    for (const auto& x : v.items) {
        if (!x.is_numeric()) return string(name) + " holds a non-number";
        if (!(x.number >= -10 && x.number <= 10)) return string(name) + " value out of [-10, 10]";
    }
    return "";
}
int main() {
    return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
        if (input.size() != 5) return "expected 5 arguments";
        size_t n, d, d2, h, h2, k;
        string e;
        if (!(e = matrix(input[0], "X", 1, 1000, 1, 100, &n, &d)).empty()) return e;
        if (!(e = matrix(input[1], "W1", 1, 100, 1, 100, &d2, &h)).empty()) return e;
        if (d2 != d) return "W1.length != X[i].length";
        if (!(e = vec(input[2], "b1", h)).empty()) return e;
        if (!(e = matrix(input[3], "W2", 1, 100, 1, 100, &h2, &k)).empty()) return e;
        if (h2 != h) return "W2.length != h";
        if (!(e = vec(input[4], "b2", k)).empty()) return e;
        return "";
    });
}
