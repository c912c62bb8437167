// std::stack<int> and stoi; all intermediates fit in 32 bits, so int arithmetic is enough.
class Solution {
public:
    int evalRPN(vector<string>& tokens) {
        stack<int> st;
        for (auto& t : tokens) {
            if (t == "+" || t == "-" || t == "*" || t == "/") {
                int b = st.top(); st.pop();
                int a = st.top(); st.pop();
                switch (t[0]) {
                    case '+': st.push(a + b); break;
                    case '-': st.push(a - b); break;
                    case '*': st.push(a * b); break;
                    default: st.push(a / b);
                }
            } else {
                st.push(stoi(t));
            }
        }
        return st.top();
    }
};
