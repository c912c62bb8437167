class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        // Max-heap: smash the two heaviest, put back the difference if any.
        priority_queue<int> pq(stones.begin(), stones.end());
        while (pq.size() > 1) {
            int y = pq.top(); pq.pop();
            int x = pq.top(); pq.pop();
            if (y != x) pq.push(y - x);
        }
        return pq.empty() ? 0 : pq.top();
    }
};
