// Remember every value met; a repeat means a loop without 1.
class Solution {
public:
    bool isHappy(int n) {
        unordered_set<int> seen;
        while (n != 1 && seen.insert(n).second) {
            int s = 0;
            for (int x = n; x > 0; x /= 10) s += (x % 10) * (x % 10);
            n = s;
        }
        return n == 1;
    }
};
