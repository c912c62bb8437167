// Brute force: simulates the lap from every start until the tank runs dry, O(n^2) = 10^10 steps at n = 10^5 in the worst case.
class Solution {
public:
    int canCompleteCircuit(vector<int>& gas, vector<int>& cost) {
        int n = gas.size();
        for (int s = 0; s < n; ++s) {
            long long tank = 0;
            int k = 0;
            for (; k < n; ++k) {
                int i = (s + k) % n;
                tank += gas[i] - cost[i];
                if (tank < 0) break;
            }
            if (k == n) return s;
        }
        return -1;
    }
};
