// Checks shapes, n * d <= 2e5, |X| <= 1000, |gamma|, |beta| <= 10 and 1e-8 <= eps <= 1.
int main() {
    return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
        if (input.size() != 4) return "expected 4 arguments";
        const auto& X = input[0].items;
        if (X.size() < 1 || X.size() > 100000) return "X.length out of range";
        size_t d = X[0].items.size();
        if (d < 1 || d > 1000) return "X[i].length out of range";
        if (X.size() * d > 200000) return "n * d > 2e5";
        for (const auto& row : X) {
            if (row.kind != judge_rt::Value::Kind::List || row.items.size() != d) return "X is not rectangular";
            for (const auto& x : row.items)
                if (!x.is_numeric() || !(x.number >= -1000 && x.number <= 1000)) return "X value out of [-1000, 1000]";
        }
        for (int v = 1; v <= 2; ++v) {
            if (input[v].items.size() != d) return v == 1 ? "gamma.length != d" : "beta.length != d";
            for (const auto& x : input[v].items)
                if (!x.is_numeric() || !(x.number >= -10 && x.number <= 10)) return "gamma/beta value out of [-10, 10]";
        }
        if (!input[3].is_numeric() || !(input[3].number >= 1e-8 && input[3].number <= 1)) return "eps out of [1e-8, 1]";
        return "";
    });
}
