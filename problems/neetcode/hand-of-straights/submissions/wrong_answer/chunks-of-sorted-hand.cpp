// Classic mistake: sorts and cuts the hand into consecutive chunks of groupSize cards, which
// breaks as soon as a value appears more than once.
class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        int n = hand.size();
        if (n % groupSize != 0) return false;
        vector<int> h = hand;
        sort(h.begin(), h.end());
        for (int i = 0; i < n; i += groupSize)
            for (int j = i + 1; j < i + groupSize; ++j)
                if (h[j] != h[j - 1] + 1) return false;
        return true;
    }
};
