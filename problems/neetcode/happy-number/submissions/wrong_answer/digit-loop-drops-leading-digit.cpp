// Classic off-by-one: the digit loop runs while n > 9, so the leading digit is never squared and added.
class Solution {
public:
    bool isHappy(int n) {
        unordered_set<int> seen;
        while (n != 1 && seen.insert(n).second) {
            int s = 0;
            for (int x = n; x > 9; x /= 10) s += (x % 10) * (x % 10);
            n = s;
        }
        return n == 1;
    }
};
