// Brute force: try 0, 1, 2, ... copies of each coin kind in turn, without a memo - exponential.
class Solution {
    vector<int> c;
    long long count(int i, int rem) {
        if (rem == 0) return 1;
        if (i == (int)c.size()) return 0;
        long long r = 0;
        for (int take = 0; take * c[i] <= rem; ++take) r += count(i + 1, rem - take * c[i]);
        return r;
    }
public:
    int change(int amount, vector<int>& coins) {
        c = coins;
        return (int)count(0, amount);
    }
};
