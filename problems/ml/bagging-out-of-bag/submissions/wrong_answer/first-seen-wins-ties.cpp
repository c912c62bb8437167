// Classic mistake: keeps the class that first reached the top count while scanning the trees, instead of the smallest class among the tied ones.
class Solution {
public:
    vector<double> outOfBagVotes(vector<vector<int>>& bootstrap, vector<vector<int>>& predictions, vector<int>& labels) {
        int T = bootstrap.size(), n = labels.size();
        vector<array<int, 101>> votes(n);
        for (auto& v : votes) v.fill(0);
        vector<int> best(n, -1), bestCount(n, 0);
        vector<char> inBag(n);
        for (int t = 0; t < T; ++t) {
            fill(inBag.begin(), inBag.end(), 0);
            for (int i : bootstrap[t]) inBag[i] = 1;
            for (int i = 0; i < n; ++i) {
                if (inBag[i]) continue;
                int c = predictions[t][i];
                if (++votes[i][c] > bestCount[i]) bestCount[i] = votes[i][c], best[i] = c;
            }
        }
        vector<double> out(n + 1);
        int voted = 0, correct = 0;
        for (int i = 0; i < n; ++i) {
            out[i] = best[i];
            if (best[i] >= 0) ++voted, correct += best[i] == labels[i];
        }
        out[n] = voted == 0 ? -1.0 : (double)correct / voted;
        return out;
    }
};
