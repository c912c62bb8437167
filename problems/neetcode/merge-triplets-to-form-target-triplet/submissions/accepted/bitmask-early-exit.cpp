// One bit per matched coordinate; stop as soon as all three are matched.
class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        int mask = 0;
        for (auto& t : triplets) {
            bool fits = true;
            for (int k = 0; k < 3; ++k) fits = fits && t[k] <= target[k];
            if (!fits) continue;
            for (int k = 0; k < 3; ++k)
                if (t[k] == target[k]) mask |= 1 << k;
            if (mask == 7) return true;
        }
        return false;
    }
};
