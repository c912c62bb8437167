// Classic Floyd bug: slow and fast both start at n, so `while (slow != fast)` never runs (needs a do-while).
class Solution {
    int next(int n) {
        int s = 0;
        for (; n > 0; n /= 10) s += (n % 10) * (n % 10);
        return s;
    }

public:
    bool isHappy(int n) {
        int slow = n, fast = n;
        while (slow != fast) {
            slow = next(slow);
            fast = next(next(fast));
        }
        return slow == 1;
    }
};
