// Second stack records only new lows (with <=, so repeated minima are kept), popped when the minimum itself leaves.
class MinStack {
    stack<int> st, mins;
public:
    MinStack() {}
    void push(int val) {
        st.push(val);
        if (mins.empty() || val <= mins.top()) mins.push(val);
    }
    void pop() {
        if (st.top() == mins.top()) mins.pop();
        st.pop();
    }
    int top() { return st.top(); }
    int getMin() { return mins.top(); }
};
