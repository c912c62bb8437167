// Classic mistake: emits a point after every sample in sorted order, so tied scores give several points.
class Solution {
public:
    vector<vector<double>> rocCurve(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        double P = count(yTrue.begin(), yTrue.end(), 1), N = n - P, tp = 0, fp = 0;
        vector<vector<double>> out = {{0.0, 0.0}};
        for (int i : idx) {
            if (yTrue[i] == 1) tp += 1;
            else fp += 1;
            out.push_back({fp / N, tp / P});
        }
        return out;
    }
};
