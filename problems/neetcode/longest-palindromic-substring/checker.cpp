// Longest Palindromic Substring checker: the output must be a contiguous substring of s, a palindrome,
// and as long as the expected answer (any of several equally long palindromes is accepted).
int main(int argc, char** argv) {
    using judge_rt::Value;
    return judge_rt::run_checker(argc, argv, [](const vector<Value>& input, const Value& expected,
                                                const Value& got) -> string {
        if (input.size() != 1 || input[0].kind != Value::Kind::String) return "checker: the test input is not one string";
        if (expected.kind != Value::Kind::String) return "checker: the expected answer is not a string";
        if (got.kind != Value::Kind::String) return "the output is not a string";
        const string& s = input[0].string;
        const string& g = got.string;
        if (g.empty()) return "the output is empty, but s has at least one character";
        if (s.find(g) == string::npos) return "\"" + g + "\" is not a substring of s";
        for (size_t i = 0, j = g.size() - 1; i < j; ++i, --j)
            if (g[i] != g[j])
                return "\"" + g + "\" is not a palindrome (position " + to_string(i) + " is '" + g[i] +
                       "', position " + to_string(j) + " is '" + g[j] + "')";
        size_t want = expected.string.size();
        if (g.size() < want)
            return "the output has length " + to_string(g.size()) + ", but a palindrome of length " +
                   to_string(want) + " exists";
        if (g.size() > want)
            return "checker: the output palindrome of length " + to_string(g.size()) +
                   " is longer than the expected answer's " + to_string(want) + " (reference bug?)";
        return "";
    });
}
