// Correct, but a rewrite with a lookup table and a right-to-left scan.
class Solution {
public:
    int romanToInt(string s) {
        unordered_map<char, int> worth = {{'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}, {'C', 100}, {'D', 500}, {'M', 1000}};
        int total = 0, right = 0;
        for (int i = (int)s.size() - 1; i >= 0; --i) {
            int v = worth[s[i]];
            total += v < right ? -v : v;
            right = max(right, v);
        }
        return total;
    }
};
