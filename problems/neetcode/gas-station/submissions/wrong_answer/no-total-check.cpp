// Classic mistake: returns the start left by the running-tank scan without checking that the total gas covers the total cost.
class Solution {
public:
    int canCompleteCircuit(vector<int>& gas, vector<int>& cost) {
        int start = 0;
        long long tank = 0;
        for (int i = 0; i < (int)gas.size(); ++i) {
            tank += gas[i] - cost[i];
            if (tank < 0) start = i + 1, tank = 0;
        }
        return start < (int)gas.size() ? start : -1;
    }
};
