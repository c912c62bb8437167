// Fix: case 'L' fell through into case 'C', so L was worth 100.
class Solution {
    static int value(char c) {
        int v = 0;
        switch (c) {
            case 'I': v = 1; break;
            case 'V': v = 5; break;
            case 'X': v = 10; break;
            case 'L': v = 50; break;
            case 'C': v = 100; break;
            case 'D': v = 500; break;
            case 'M': v = 1000; break;
        }
        return v;
    }
public:
    int romanToInt(string s) {
        int total = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            int v = value(s[i]);
            if (i + 1 < s.size() && v < value(s[i + 1])) total -= v;
            else total += v;
        }
        return total;
    }
};
