// Classic mistake: ignores merging and only looks for the target among the given triplets.
class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        for (auto& t : triplets)
            if (t == target) return true;
        return false;
    }
};
