// Checks the shapes (X n x d, Y n x k, W1 d x h, b1 h, W2 h x k, b2 k) and every value in [-10, 10].
static string matrix(const judge_rt::Value& m, const char* name, size_t hi, size_t* rows, size_t* cols) {
    if (m.kind != judge_rt::Value::Kind::List || m.items.empty() || m.items.size() > hi)
        return string(name) + ".length out of range";
    *rows = m.items.size();
    *cols = m.items[0].items.size();
    if (*cols < 1 || *cols > 100) return string(name) + "[0].length out of range";
    for (const auto& row : m.items) {
        if (row.kind != judge_rt::Value::Kind::List || row.items.size() != *cols)
            return string(name) + " is not a rectangular matrix";
        for (const auto& x : row.items)
            if (!x.is_numeric() || !(x.number >= -10 && x.number <= 10))
                return string(name) + " holds a value outside [-10, 10]";
    }
    return "";
}
static string vec(const judge_rt::Value& v, const char* name, size_t len) {
    if (v.items.size() != len) return string(name) + " has the wrong length";
    for (const auto& x : v.items)
        if (!x.is_numeric() || !(x.number >= -10 && x.number <= 10))
            return string(name) + " holds a value outside [-10, 10]";
    return "";
}
int main() {
    return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
        if (input.size() != 6) return "expected 6 arguments";
        size_t n, d, n2, k, d2, h, h2, k2;
        string e;
        if (!(e = matrix(input[0], "X", 1000, &n, &d)).empty()) return e;
        if (!(e = matrix(input[1], "Y", 1000, &n2, &k)).empty()) return e;
        if (n2 != n) return "Y.length != X.length";
        if (!(e = matrix(input[2], "W1", 100, &d2, &h)).empty()) return e;
        if (d2 != d) return "W1.length != X[i].length";
        if (!(e = vec(input[3], "b1", h)).empty()) return e;
        if (!(e = matrix(input[4], "W2", 100, &h2, &k2)).empty()) return e;
        if (h2 != h) return "W2.length != h";
        if (k2 != k) return "W2[j].length != Y[i].length";
        if (!(e = vec(input[5], "b2", k)).empty()) return e;
        return "";
    });
}
