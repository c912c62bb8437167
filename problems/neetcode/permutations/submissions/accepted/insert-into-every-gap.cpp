// Iterative: the permutations of the first k+1 elements come from inserting element k into every gap of each permutation of the first k.
class Solution {
public:
    vector<vector<int>> permute(vector<int>& nums) {
        vector<vector<int>> perms = {{}};
        for (int x : nums) {
            vector<vector<int>> next;
            for (const auto& p : perms)
                for (size_t gap = 0; gap <= p.size(); ++gap) {
                    vector<int> q = p;
                    q.insert(q.begin() + gap, x);
                    next.push_back(q);
                }
            perms = move(next);
        }
        return perms;
    }
};
