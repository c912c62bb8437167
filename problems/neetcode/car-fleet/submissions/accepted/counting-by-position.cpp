// Bucket the cars by starting mile (positions < target <= 10^6) instead of sorting.
class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        vector<double> timeAt(target, -1.0);
        for (int i = 0; i < (int)position.size(); ++i)
            timeAt[position[i]] = (double)(target - position[i]) / speed[i];
        int fleets = 0;
        double lead = -1.0;
        for (int p = target - 1; p >= 0; --p) {
            if (timeAt[p] < 0) continue;
            if (timeAt[p] > lead) { ++fleets; lead = timeAt[p]; }
        }
        return fleets;
    }
};
