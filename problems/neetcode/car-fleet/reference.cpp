class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        // Walk from the car nearest the target backwards; a car starts a new fleet only if it
        // needs strictly more time than the fleet ahead. Times are compared exactly as
        // fractions (distance / speed) by cross-multiplying in 64 bits.
        int n = position.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return position[a] > position[b]; });
        int fleets = 0;
        long long leadDist = 0, leadSpeed = 1;  // time of the fleet ahead = leadDist / leadSpeed
        for (int i : order) {
            long long d = target - position[i], s = speed[i];
            if (fleets == 0 || d * leadSpeed > leadDist * s) {
                ++fleets;
                leadDist = d;
                leadSpeed = s;
            }
        }
        return fleets;
    }
};
