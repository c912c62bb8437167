// Checks the shapes (Q m x dk, K n x dk, V n x dv, mask m x n), value ranges and a 0/1 mask.
static string matrix(const judge_rt::Value& M, const char* name, size_t maxRows, size_t maxCols, size_t* rows,
                     size_t* cols, double lo, double hi, bool binary) {
    if (M.kind != judge_rt::Value::Kind::List || M.items.empty() || M.items.size() > maxRows)
        return string(name) + ".length out of range";
    *rows = M.items.size();
    *cols = M.items[0].items.size();
    if (*cols < 1 || *cols > maxCols) return string(name) + "[0].length out of range";
    for (const auto& row : M.items) {
        if (row.kind != judge_rt::Value::Kind::List || row.items.size() != *cols)
            return string(name) + " is not rectangular";
        for (const auto& x : row.items) {
            if (binary) {
                if (x.kind != judge_rt::Value::Kind::Integer || (x.integer != 0 && x.integer != 1))
                    return string(name) + " entry is not 0 or 1";
            } else if (!x.is_numeric() || !(x.number >= lo && x.number <= hi)) {
                return string(name) + " value out of [-100, 100]";
            }
        }
    }
    return "";
}
int main() {
    return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
        if (input.size() != 4) return "expected 4 arguments";
        size_t m, dk, n, dk2, n2, dv, m2, n3;
        string e;
        if (!(e = matrix(input[0], "Q", 500, 64, &m, &dk, -100, 100, false)).empty()) return e;
        if (!(e = matrix(input[1], "K", 500, 64, &n, &dk2, -100, 100, false)).empty()) return e;
        if (dk2 != dk) return "K[j].length != Q[i].length";
        if (!(e = matrix(input[2], "V", 500, 64, &n2, &dv, -100, 100, false)).empty()) return e;
        if (n2 != n) return "V.length != K.length";
        if (!(e = matrix(input[3], "mask", 500, 500, &m2, &n3, 0, 1, true)).empty()) return e;
        if (m2 != m || n3 != n) return "mask is not m x n";
        return "";
    });
}
