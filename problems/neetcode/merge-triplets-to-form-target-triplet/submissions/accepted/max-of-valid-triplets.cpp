// Merge every triplet that stays within the target into one accumulator; the best reachable
// triplet is their coordinate-wise maximum, so compare it with the target.
class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        vector<int> best(3, 0);
        for (auto& t : triplets) {
            if (t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2])
                for (int k = 0; k < 3; ++k) best[k] = max(best[k], t[k]);
        }
        return best == target;
    }
};
