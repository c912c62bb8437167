// Checks lengths, stride/padding/dilation ranges, that the dilated kernel fits the padded signal,
// and values in [-10, 10].
int main() {
    return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
        if (input.size() != 5) return "expected 5 arguments";
        const auto& sig = input[0].items;
        const auto& ker = input[1].items;
        if (sig.size() < 1 || sig.size() > 100000) return "signal.length out of range";
        if (ker.size() < 1 || ker.size() > 100) return "kernel.length out of range";
        for (const auto* v : {&sig, &ker})
            for (const auto& x : *v)
                if (!x.is_numeric() || !(x.number >= -10 && x.number <= 10)) return "value out of [-10, 10]";
        auto integer = [&](int i, long long lo, long long hi) {
            return input[i].kind == judge_rt::Value::Kind::Integer && input[i].integer >= lo && input[i].integer <= hi;
        };
        if (!integer(2, 1, 10)) return "stride out of [1, 10]";
        if (!integer(3, 0, 100)) return "padding out of [0, 100]";
        if (!integer(4, 1, 10)) return "dilation out of [1, 10]";
        long long span = input[4].integer * (long long)(ker.size() - 1) + 1;
        if (span > (long long)sig.size() + 2 * input[3].integer) return "dilated kernel longer than the padded signal";
        return "";
    });
}
