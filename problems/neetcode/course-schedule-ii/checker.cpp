// Course Schedule II checker: the output must be [] exactly when the expected answer is []
// (the prerequisites contain a cycle); otherwise a permutation of 0..n-1 in which, for
// every pair [a, b], course b comes before course a.
int main(int argc, char** argv) {
    using judge_rt::Value;
    return judge_rt::run_checker(argc, argv, [](const vector<Value>& input, const Value& expected,
                                                const Value& got) -> string {
        if (input.size() != 2 || input[0].kind != Value::Kind::Integer || input[1].kind != Value::Kind::List)
            return "checker: the test input is not (numCourses, prerequisites)";
        long long n = input[0].integer;
        if (n < 1 || n > 100000) return "checker: numCourses out of range in the test input";
        if (expected.kind != Value::Kind::List) return "checker: the expected answer is not a list";
        if (got.kind != Value::Kind::List) return "the output is not a list";
        bool impossible = expected.items.empty();
        if (impossible) {
            if (!got.items.empty())
                return "the prerequisites contain a cycle, so the answer is [], but the output lists " +
                       to_string(got.items.size()) + " course(s)";
            return "";
        }
        if (got.items.empty()) return "an order exists, but the output is []";
        if ((long long)got.items.size() != n)
            return "the output lists " + to_string(got.items.size()) + " course(s), expected all " + to_string(n);
        vector<long long> position(n, -1);
        for (size_t i = 0; i < got.items.size(); ++i) {
            const Value& v = got.items[i];
            if (v.kind != Value::Kind::Integer) return "output item " + to_string(i) + " is not an integer";
            if (v.integer < 0 || v.integer >= n)
                return "output item " + to_string(i) + " is " + to_string(v.integer) + ", not a course number";
            if (position[v.integer] != -1)
                return "course " + to_string(v.integer) + " appears twice (at " + to_string(position[v.integer]) +
                       " and " + to_string(i) + ")";
            position[v.integer] = i;
        }
        for (size_t k = 0; k < input[1].items.size(); ++k) {
            const Value& p = input[1].items[k];
            if (p.kind != Value::Kind::List || p.items.size() != 2 || p.items[0].kind != Value::Kind::Integer ||
                p.items[1].kind != Value::Kind::Integer)
                return "checker: prerequisite " + to_string(k) + " in the test input is not a pair";
            long long a = p.items[0].integer, b = p.items[1].integer;
            if (a < 0 || a >= n || b < 0 || b >= n)
                return "checker: prerequisite " + to_string(k) + " in the test input is out of range";
            if (position[b] > position[a])
                return "course " + to_string(a) + " (at index " + to_string(position[a]) + ") comes before its prerequisite " +
                       to_string(b) + " (at index " + to_string(position[b]) + ")";
        }
        return "";
    });
}
