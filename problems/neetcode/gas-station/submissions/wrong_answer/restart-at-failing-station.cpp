// Classic mistake (off by one): after running dry at station i, restarts at i instead of i + 1.
class Solution {
public:
    int canCompleteCircuit(vector<int>& gas, vector<int>& cost) {
        long long total = 0, tank = 0;
        int start = 0;
        for (int i = 0; i < (int)gas.size(); ++i) {
            total += gas[i] - cost[i];
            tank += gas[i] - cost[i];
            if (tank < 0) start = i, tank = 0;
        }
        return total < 0 ? -1 : start;
    }
};
