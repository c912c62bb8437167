// Counts how often each row is drawn per tree, collects each row's out-of-bag trees, then sorts their predictions and takes the longest run.
class Solution {
public:
    vector<double> outOfBagVotes(vector<vector<int>>& bootstrap, vector<vector<int>>& predictions, vector<int>& labels) {
        int T = bootstrap.size(), n = labels.size();
        vector<vector<int>> oobPreds(n);
        vector<int> drawn(n);
        for (int t = 0; t < T; ++t) {
            fill(drawn.begin(), drawn.end(), 0);
            for (int i : bootstrap[t]) ++drawn[i];
            for (int i = 0; i < n; ++i)
                if (drawn[i] == 0) oobPreds[i].push_back(predictions[t][i]);
        }
        vector<double> out(n + 1, -1.0);
        int voted = 0, correct = 0;
        for (int i = 0; i < n; ++i) {
            auto& p = oobPreds[i];
            if (p.empty()) continue;
            sort(p.begin(), p.end());
            int vote = p[0], run = 0, bestRun = 0;
            for (size_t k = 0; k < p.size(); ++k) {
                run = (k > 0 && p[k] == p[k - 1]) ? run + 1 : 1;
                if (run > bestRun) bestRun = run, vote = p[k];
            }
            out[i] = vote;
            ++voted;
            if (vote == labels[i]) ++correct;
        }
        if (voted > 0) out[n] = (double)correct / voted;
        return out;
    }
};
