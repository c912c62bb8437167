// std::stack of opening brackets with a map from closer to opener.
class Solution {
public:
    bool isValid(string s) {
        unordered_map<char, char> opener = {{')', '('}, {']', '['}, {'}', '{'}};
        stack<char> st;
        for (char c : s) {
            if (!opener.count(c)) { st.push(c); continue; }
            if (st.empty() || st.top() != opener[c]) return false;
            st.pop();
        }
        return st.empty();
    }
};
