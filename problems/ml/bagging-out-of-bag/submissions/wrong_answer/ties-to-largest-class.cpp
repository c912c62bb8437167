// Classic mistake: >= when comparing vote counts, so a tie goes to the largest class.
class Solution {
public:
    vector<double> outOfBagVotes(vector<vector<int>>& bootstrap, vector<vector<int>>& predictions, vector<int>& labels) {
        int T = bootstrap.size(), n = labels.size();
        // votes[i][c]: how many trees that never saw row i predict class c for it.
        vector<array<int, 101>> votes(n);
        for (auto& v : votes) v.fill(0);
        vector<char> inBag(n);
        for (int t = 0; t < T; ++t) {
            fill(inBag.begin(), inBag.end(), 0);
            for (int i : bootstrap[t]) inBag[i] = 1;
            for (int i = 0; i < n; ++i)
                if (!inBag[i]) ++votes[i][predictions[t][i]];
        }
        vector<double> out(n + 1);
        int voted = 0, correct = 0;
        for (int i = 0; i < n; ++i) {
            int best = -1;
            for (int c = 0; c <= 100; ++c)  // ascending: the smallest class wins ties
                if (votes[i][c] > 0 && (best < 0 || votes[i][c] >= votes[i][best])) best = c;
            out[i] = best;
            if (best >= 0) ++voted, correct += best == labels[i];
        }
        out[n] = voted == 0 ? -1.0 : (double)correct / voted;
        return out;
    }
};
