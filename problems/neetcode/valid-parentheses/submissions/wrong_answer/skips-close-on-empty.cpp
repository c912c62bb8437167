// Classic mistake: a closing bracket that arrives when the stack is empty is silently skipped instead of rejected.
class Solution {
public:
    bool isValid(string s) {
        string st;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') { st += c; continue; }
            if (st.empty()) continue;
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (st.back() != want) return false;
            st.pop_back();
        }
        return st.empty();
    }
};
