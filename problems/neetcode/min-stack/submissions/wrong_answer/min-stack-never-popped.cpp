// Classic mistake: records new lows on a second stack but pop() forgets to remove them from it.
class MinStack {
    stack<int> st, mins;
public:
    MinStack() {}
    void push(int val) {
        st.push(val);
        if (mins.empty() || val <= mins.top()) mins.push(val);
    }
    void pop() { st.pop(); }
    int top() { return st.top(); }
    int getMin() { return mins.top(); }
};
