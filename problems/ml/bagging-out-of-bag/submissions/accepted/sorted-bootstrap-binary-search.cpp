// Sorts each bootstrap list and tests membership by binary search; tallies each row's votes in a map.
class Solution {
public:
    vector<double> outOfBagVotes(vector<vector<int>>& bootstrap, vector<vector<int>>& predictions, vector<int>& labels) {
        int T = bootstrap.size(), n = labels.size();
        vector<vector<int>> bags(bootstrap);
        for (auto& b : bags) sort(b.begin(), b.end());
        vector<double> out;
        long long voted = 0, correct = 0;
        for (int i = 0; i < n; ++i) {
            map<int, int> tally;
            for (int t = 0; t < T; ++t)
                if (!binary_search(bags[t].begin(), bags[t].end(), i)) ++tally[predictions[t][i]];
            int vote = -1, top = 0;
            for (auto& [cls, cnt] : tally)  // ascending classes: strict > keeps the smallest on ties
                if (cnt > top) top = cnt, vote = cls;
            out.push_back(vote);
            if (vote != -1) ++voted, correct += vote == labels[i];
        }
        out.push_back(voted ? (double)correct / (double)voted : -1.0);
        return out;
    }
};
