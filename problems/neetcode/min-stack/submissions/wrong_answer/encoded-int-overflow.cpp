// Classic mistake: the 2x - oldMin encoding kept in 32-bit int; it wraps around for values near INT_MIN / INT_MAX (unsigned casts make the wrap well-defined).
class MinStack {
    stack<int> st;
    int mn = 0;
public:
    MinStack() {}
    void push(int val) {
        if (st.empty()) { st.push(val); mn = val; }
        else if (val < mn) { st.push((int)(2u * (unsigned)val - (unsigned)mn)); mn = val; }
        else st.push(val);
    }
    void pop() {
        int t = st.top();
        st.pop();
        if (t < mn) mn = (int)(2u * (unsigned)mn - (unsigned)t);
    }
    int top() { int t = st.top(); return t < mn ? mn : t; }
    int getMin() { return mn; }
};
