// Classic mistake: returns true once every closer matched, without checking that no opening bracket is left on the stack.
class Solution {
public:
    bool isValid(string s) {
        string st;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') { st += c; continue; }
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (st.empty() || st.back() != want) return false;
            st.pop_back();
        }
        return true;
    }
};
