class Solution {
    static int next(int n) {
        int s = 0;
        for (; n > 0; n /= 10) s += (n % 10) * (n % 10);
        return s;
    }

public:
    bool isHappy(int n) {
        // Floyd's cycle detection: the fast walker meets the slow one inside the loop,
        // which is the fixed point 1 exactly when n is happy.
        int slow = n, fast = next(n);
        while (fast != 1 && slow != fast) {
            slow = next(slow);
            fast = next(next(fast));
        }
        return fast == 1;
    }
};
