// Classic mistake: one running minimum, updated on push only, so it goes stale when the minimum is popped.
class MinStack {
    stack<int> st;
    int mn = INT_MAX;
public:
    MinStack() {}
    void push(int val) { st.push(val); mn = min(mn, val); }
    void pop() { st.pop(); }
    int top() { return st.top(); }
    int getMin() { return mn; }
};
