// Brute force: a car leads a fleet iff no car ahead of it needs as long or longer; O(n^2).
class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        int n = position.size(), fleets = 0;
        for (int i = 0; i < n; ++i) {
            long long di = target - position[i];
            bool caught = false;
            for (int j = 0; j < n && !caught; ++j)
                if (position[j] > position[i] && (target - position[j]) * (long long)speed[i] >= di * speed[j])
                    caught = true;
            if (!caught) ++fleets;
        }
        return fleets;
    }
};
