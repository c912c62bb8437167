// Classic mistake: compares each car with the car directly ahead, not with that car's fleet.
class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        vector<pair<int, int>> cars;
        for (int i = 0; i < (int)position.size(); ++i) cars.push_back({position[i], speed[i]});
        sort(cars.begin(), cars.end());
        int fleets = 0;
        double prev = -1.0;
        for (int i = (int)cars.size() - 1; i >= 0; --i) {
            double t = (double)(target - cars[i].first) / cars[i].second;
            if (t > prev) ++fleets;
            prev = t;
        }
        return fleets;
    }
};
