// Min-heap of distinct values plus counts: the top must start a group; a value that runs out
// must be the top when it does, or some smaller group can never be finished.
class Solution {
public:
    bool isNStraightHand(vector<int>& hand, int groupSize) {
        if (hand.size() % groupSize != 0) return false;
        unordered_map<int, int> count;
        for (int c : hand) ++count[c];
        priority_queue<int, vector<int>, greater<int>> heap;
        for (auto& [v, c] : count) heap.push(v);
        while (!heap.empty()) {
            int first = heap.top();
            for (int v = first; v < first + groupSize; ++v) {  // <= 10^9 + 10^4: fits in int
                auto it = count.find(v);
                if (it == count.end() || it->second == 0) return false;
                if (--it->second == 0) {
                    if (v != heap.top()) return false;
                    heap.pop();
                }
            }
        }
        return true;
    }
};
