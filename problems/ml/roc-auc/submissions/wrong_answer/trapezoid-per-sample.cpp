// Classic mistake: ROC points after every sample (ties not grouped), so tied samples count in input order.
class Solution {
public:
    double rocAuc(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        double P = count(yTrue.begin(), yTrue.end(), 1), N = n - P;
        double area = 0, x = 0, y = 0, tp = 0, fp = 0;
        for (int i : idx) {
            if (yTrue[i] == 1) tp += 1;
            else fp += 1;
            area += (fp / N - x) * (y + tp / P) / 2;
            x = fp / N, y = tp / P;
        }
        return area;
    }
};
