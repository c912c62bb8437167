class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        // Only triplets that never exceed the target may be merged; each target
        // coordinate must be matched exactly by one of them.
        bool got[3] = {false, false, false};
        for (const auto& t : triplets) {
            if (t[0] > target[0] || t[1] > target[1] || t[2] > target[2]) continue;
            for (int k = 0; k < 3; ++k)
                if (t[k] == target[k]) got[k] = true;
        }
        return got[0] && got[1] && got[2];
    }
};
