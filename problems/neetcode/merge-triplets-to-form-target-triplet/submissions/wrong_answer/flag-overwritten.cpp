// Classic mistake: assigns the match flag instead of OR-ing it, so a later valid triplet erases an earlier match.
class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        bool got[3] = {false, false, false};
        for (auto& t : triplets) {
            if (t[0] > target[0] || t[1] > target[1] || t[2] > target[2]) continue;
            for (int k = 0; k < 3; ++k) got[k] = t[k] == target[k];
        }
        return got[0] && got[1] && got[2];
    }
};
