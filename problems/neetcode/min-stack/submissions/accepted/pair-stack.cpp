// One stack of (value, minimum so far) pairs.
class MinStack {
    stack<pair<int, int>> st;
public:
    MinStack() {}
    void push(int val) { st.push({val, st.empty() ? val : min(val, st.top().second)}); }
    void pop() { st.pop(); }
    int top() { return st.top().first; }
    int getMin() { return st.top().second; }
};
