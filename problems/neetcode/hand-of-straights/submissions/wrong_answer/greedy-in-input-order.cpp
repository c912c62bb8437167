// Classic mistake: forgets to sort; starts a group at whatever card comes next in the input,
// which may sit in the middle of a run.
class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        if (hand.size() % groupSize != 0) return false;
        unordered_map<long long, int> count;
        for (int c : hand) ++count[c];
        for (int c : hand) {
            if (count[c] == 0) continue;
            for (long long v = c; v < (long long)c + groupSize; ++v) {
                if (count[v] == 0) return false;
                --count[v];
            }
        }
        return true;
    }
};
