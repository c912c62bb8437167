// Recursion from the last token: an operator evaluates its right operand first, then its left one.
class Solution {
    int pos;
    long long eval(vector<string>& t) {
        const string& s = t[pos--];
        if (s != "+" && s != "-" && s != "*" && s != "/") return stoi(s);
        long long right = eval(t);
        long long left = eval(t);
        if (s == "+") return left + right;
        if (s == "-") return left - right;
        if (s == "*") return left * right;
        return left / right;
    }
public:
    int evalRPN(vector<string>& tokens) {
        pos = (int)tokens.size() - 1;
        return (int)eval(tokens);
    }
};
