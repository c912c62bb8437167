// Classic mistake: an if / else-if chain, so a triplet that matches two coordinates only marks the first.
class Solution {
public:
    bool mergeTriplets(vector<vector<int>>& triplets, vector<int>& target) {
        bool a = false, b = false, c = false;
        for (auto& t : triplets) {
            if (t[0] > target[0] || t[1] > target[1] || t[2] > target[2]) continue;
            if (t[0] == target[0]) a = true;
            else if (t[1] == target[1]) b = true;
            else if (t[2] == target[2]) c = true;
        }
        return a && b && c;
    }
};
