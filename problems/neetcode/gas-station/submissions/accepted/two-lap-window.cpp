// Walks two laps with a window [start, i]: when the tank runs dry the window restarts after i;
// a window that covers n stations is a full circuit.
class Solution {
public:
    int canCompleteCircuit(vector<int>& gas, vector<int>& cost) {
        int n = gas.size(), start = 0;
        long long tank = 0;
        for (int i = 0; i < 2 * n; ++i) {
            tank += gas[i % n] - cost[i % n];
            if (tank < 0) {
                start = i + 1, tank = 0;
                if (start >= n) return -1;
            } else if (i - start + 1 == n) {
                return start;
            }
        }
        return -1;
    }
};
