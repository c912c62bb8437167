// Classic mistake: marks a coordinate as reached without checking that the triplet stays within the target elsewhere.
class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        bool got[3] = {false, false, false};
        for (auto& t : triplets)
            for (int k = 0; k < 3; ++k)
                if (t[k] == target[k]) got[k] = true;
        return got[0] && got[1] && got[2];
    }
};
