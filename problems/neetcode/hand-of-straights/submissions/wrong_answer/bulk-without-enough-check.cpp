// Classic mistake: opens all groups at the smallest value at once but only checks that each next
// value is present, not that it has enough copies; counts go negative and are then skipped.
class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        if (hand.size() % groupSize != 0) return false;
        map<long long, int> count;
        for (int c : hand) ++count[c];
        for (auto& [x, c] : count) {
            int need = c;
            if (need <= 0) continue;
            for (int j = 0; j < groupSize; ++j) {
                auto it = count.find(x + j);
                if (it == count.end() || it->second == 0) return false;
                it->second -= need;
            }
        }
        return true;
    }
};
