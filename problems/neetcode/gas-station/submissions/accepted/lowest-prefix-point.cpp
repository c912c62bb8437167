// The tank over one lap from station 0 is lowest just before some station; starting there keeps
// every partial sum >= 0 (when the total is >= 0).
class Solution {
public:
    int canCompleteCircuit(vector<int>& gas, vector<int>& cost) {
        int n = gas.size(), best = 0;
        long long sum = 0, lowest = 0;
        for (int i = 0; i < n; ++i) {
            sum += gas[i] - cost[i];
            if (sum < lowest) lowest = sum, best = (i + 1) % n;
        }
        return sum < 0 ? -1 : best;
    }
};
