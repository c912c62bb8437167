// Classic mistake: starts at the station with the largest gas[i] - cost[i], as if the best first leg made the best start.
class Solution {
public:
    int canCompleteCircuit(vector<int>& gas, vector<int>& cost) {
        long long total = 0;
        int best = 0;
        for (int i = 0; i < (int)gas.size(); ++i) {
            total += gas[i] - cost[i];
            if (gas[i] - cost[i] > gas[best] - cost[best]) best = i;
        }
        return total < 0 ? -1 : best;
    }
};
