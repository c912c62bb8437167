// BFS from 0 over amounts: the first level that reaches `amount` is the fewest coins.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        if (amount == 0) return 0;
        vector<char> seen(amount + 1, 0);
        vector<int> frontier{0};
        seen[0] = 1;
        for (int steps = 1; !frontier.empty(); ++steps) {
            vector<int> next;
            for (int a : frontier)
                for (int c : coins) {
                    if ((long long)a + c > amount) continue;
                    int b = a + c;
                    if (b == amount) return steps;
                    if (!seen[b]) { seen[b] = 1; next.push_back(b); }
                }
            frontier.swap(next);
        }
        return -1;
    }
};
