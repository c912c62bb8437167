// Checks image H x W (<= 200), kernel kh x kw (<= 15), 1 <= stride <= 5, 0 <= padding <= 10,
// that the kernel fits the padded image, and values in [-10, 10].
static string matrix(const judge_rt::Value& M, const char* name, size_t maxSide, size_t* rows, size_t* cols) {
    if (M.kind != judge_rt::Value::Kind::List || M.items.empty() || M.items.size() > maxSide)
        return string(name) + ".length out of range";
    *rows = M.items.size();
    *cols = M.items[0].items.size();
    if (*cols < 1 || *cols > maxSide) return string(name) + "[0].length out of range";
    for (const auto& row : M.items) {
        if (row.kind != judge_rt::Value::Kind::List || row.items.size() != *cols) return string(name) + " is not rectangular";
        for (const auto& x : row.items)
            if (!x.is_numeric() || !(x.number >= -10 && x.number <= 10)) return string(name) + " value out of [-10, 10]";
    }
    return "";
}
int main() {
    return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
        if (input.size() != 4) return "expected 4 arguments";
        size_t H, W, kh, kw;
        string e;
        if (!(e = matrix(input[0], "image", 200, &H, &W)).empty()) return e;
        if (!(e = matrix(input[1], "kernel", 15, &kh, &kw)).empty()) return e;
        if (input[2].kind != judge_rt::Value::Kind::Integer || input[2].integer < 1 || input[2].integer > 5)
            return "stride out of [1, 5]";
        if (input[3].kind != judge_rt::Value::Kind::Integer || input[3].integer < 0 || input[3].integer > 10)
            return "padding out of [0, 10]";
        size_t p = input[3].integer;
        if (kh > H + 2 * p || kw > W + 2 * p) return "kernel larger than the padded image";
        return "";
    });
}
