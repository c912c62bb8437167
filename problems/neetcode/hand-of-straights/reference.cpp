class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        // The smallest card left must start a group: take x, x+1, ..., x+groupSize-1 in bulk.
        if (hand.size() % groupSize != 0) return false;
        map<int, int> count;
        for (int c : hand) ++count[c];
        for (auto& [x, c] : count) {
            if (c == 0) continue;
            int need = c;  // groups that start at x
            for (int j = 0; j < groupSize; ++j) {
                auto it = count.find(x + j);
                if (it == count.end() || it->second < need) return false;
                it->second -= need;
            }
        }
        return true;
    }
};
