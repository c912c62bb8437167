// Keep the set of every reachable open count as a bitset: '*' maps it to {b-1, b, b+1}.
class Solution {
public:
    bool checkValidString(string s) {
        bitset<128> can;
        can[0] = 1;
        for (char c : s) {
            if (c == '(') can <<= 1;
            else if (c == ')') can >>= 1;  // count 0 falls off: closing with nothing open
            else can = (can << 1) | can | (can >> 1);
            if (can.none()) return false;
        }
        return can[0];
    }
};
