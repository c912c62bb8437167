// Checks A n x d (n <= 1000, d <= 50), w of length d, |A| <= 10, |w| <= 100 and 1e-3 <= h <= 1.
int main() {
    return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
        if (input.size() != 3) return "expected 3 arguments";
        const auto& A = input[0].items;
        if (A.size() < 1 || A.size() > 1000) return "A.length out of range";
        size_t d = A[0].items.size();
        if (d < 1 || d > 50) return "A[i].length out of range";
        for (const auto& row : A) {
            if (row.kind != judge_rt::Value::Kind::List || row.items.size() != d) return "A is not rectangular";
            for (const auto& x : row.items)
                if (!x.is_numeric() || !(x.number >= -10 && x.number <= 10)) return "A value out of [-10, 10]";
        }
        if (input[1].items.size() != d) return "w.length != d";
        for (const auto& x : input[1].items)
            if (!x.is_numeric() || !(x.number >= -100 && x.number <= 100)) return "w value out of [-100, 100]";
        if (!input[2].is_numeric() || !(input[2].number >= 1e-3 && input[2].number <= 1)) return "h out of [1e-3, 1]";
        return "";
    });
}
