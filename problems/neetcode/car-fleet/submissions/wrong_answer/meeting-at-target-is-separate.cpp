// Classic mistake: a car arriving at the same time as the fleet ahead is counted as a new fleet.
class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        vector<pair<int, int>> cars;
        for (int i = 0; i < (int)position.size(); ++i) cars.push_back({position[i], speed[i]});
        sort(cars.begin(), cars.end());
        vector<double> st;
        for (int i = (int)cars.size() - 1; i >= 0; --i) {
            double t = (double)(target - cars[i].first) / cars[i].second;
            if (st.empty() || t >= st.back()) st.push_back(t);
        }
        return st.size();
    }
};
