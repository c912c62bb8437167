// One stack and one min variable: a new low x is stored as 2x - oldMin (in long long), which decodes the old minimum on pop.
class MinStack {
    stack<long long> st;
    long long mn = 0;
public:
    MinStack() {}
    void push(int val) {
        if (st.empty()) { st.push(val); mn = val; }
        else if (val < mn) { st.push(2LL * val - mn); mn = val; }
        else st.push(val);
    }
    void pop() {
        long long t = st.top();
        st.pop();
        if (t < mn) mn = 2 * mn - t;
    }
    int top() { long long t = st.top(); return (int)(t < mn ? mn : t); }
    int getMin() { return (int)mn; }
};
