// Counting array over weights 1..1000: walk down from the heaviest weight.
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        vector<int> cnt(1001, 0);
        for (int w : stones) cnt[w]++;
        int w = 1000, carry = 0;  // carry: the heavier stone waiting for a partner
        while (w > 0) {
            if (cnt[w] == 0) { --w; continue; }
            if (carry == 0) {
                cnt[w] %= 2;  // equal pairs destroy each other
                if (cnt[w] == 1) { carry = w; cnt[w] = 0; }
                --w;
            } else {
                // carry >= w: smash carry with one stone of weight w
                cnt[w]--;
                int d = carry - w;
                carry = 0;
                if (d > 0) cnt[d]++;
                if (d > w) w = d;  // the piece can outweigh every stone left
            }
        }
        return carry;
    }
};
