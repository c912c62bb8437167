// Hash counts, no sorting: from any card walk down to the start of its run of consecutive values,
// then peel groups off that run from its smallest value upwards.
class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        if (hand.size() % groupSize != 0) return false;
        unordered_map<long long, int> count;
        for (int c : hand) ++count[c];
        for (int c : hand) {
            long long start = c;
            while (count.count(start - 1) && count[start - 1] > 0) --start;
            for (; start <= c; ++start) {
                while (count.count(start) && count[start] > 0) {
                    for (long long v = start; v < start + groupSize; ++v) {
                        auto it = count.find(v);
                        if (it == count.end() || it->second == 0) return false;
                        --it->second;
                    }
                }
            }
        }
        return true;
    }
};
