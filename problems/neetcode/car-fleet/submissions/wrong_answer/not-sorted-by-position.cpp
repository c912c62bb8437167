// Classic mistake: walks the cars in input order instead of sorting them by position first.
class Solution {
public:
    int carFleet(int target, vector<int>& position, vector<int>& speed) {
        vector<double> st;
        for (int i = (int)position.size() - 1; i >= 0; --i) {
            double t = (double)(target - position[i]) / speed[i];
            if (st.empty() || t > st.back()) st.push_back(t);
        }
        return st.size();
    }
};
