// Classic mistake: greedily takes as many of the largest coin as possible, then the next one.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> cs = coins;
        sort(cs.rbegin(), cs.rend());
        int count = 0;
        for (int c : cs) {
            count += amount / c;
            amount %= c;
        }
        return amount == 0 ? count : -1;
    }
};
