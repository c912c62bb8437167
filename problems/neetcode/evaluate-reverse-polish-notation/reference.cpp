class Solution {
public:
    int evalRPN(vector<string>& tokens) {
        vector<long long> st;
        st.reserve(tokens.size());
        for (const string& t : tokens) {
            if (t.size() == 1 && string("+-*/").find(t[0]) != string::npos) {
                long long b = st.back(); st.pop_back();   // right operand is on top
                long long a = st.back(); st.pop_back();
                if (t[0] == '+') st.push_back(a + b);
                else if (t[0] == '-') st.push_back(a - b);
                else if (t[0] == '*') st.push_back(a * b);
                else st.push_back(a / b);                 // C++ truncates toward zero
            } else {
                st.push_back(stoll(t));
            }
        }
        return (int)st.back();
    }
};
