// Classic mistake: sweeps the intervals in input order without sorting them first.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        vector<vector<int>> out;
        for (const auto& iv : intervals) {
            if (!out.empty() && iv[0] <= out.back()[1] && iv[1] >= out.back()[0]) {
                out.back()[0] = min(out.back()[0], iv[0]);
                out.back()[1] = max(out.back()[1], iv[1]);
            } else {
                out.push_back(iv);
            }
        }
        return out;
    }
};
