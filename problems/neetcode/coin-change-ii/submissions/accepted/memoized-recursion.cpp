// Top-down: count(i, rem) = count(i + 1, rem) + count(i, rem - coins[i]), memoized; unsigned so the
// huge counts of unreachable-in-the-end states wrap without undefined behaviour.
class Solution {
    vector<int> c;
    vector<vector<unsigned>> memo;
    vector<vector<char>> done;
    unsigned count(int i, int rem) {
        if (rem == 0) return 1;
        if (i == (int)c.size()) return 0;
        if (done[i][rem]) return memo[i][rem];
        unsigned r = count(i + 1, rem);
        if (c[i] <= rem) r += count(i, rem - c[i]);
        done[i][rem] = 1;
        return memo[i][rem] = r;
    }
public:
    int change(int amount, vector<int>& coins) {
        c = coins;
        memo.assign(c.size(), vector<unsigned>(amount + 1, 0));
        done.assign(c.size(), vector<char>(amount + 1, 0));
        return (int)count(0, amount);
    }
};
