// Classic mistake: a threshold per sample (mean precision at each positive's rank), so ties count in input order.
class Solution {
public:
    double averagePrecision(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        int P = count(yTrue.begin(), yTrue.end(), 1), tp = 0, rank = 0;
        double sum = 0;
        for (int i : idx) {
            ++rank;
            if (yTrue[i] == 1) sum += (double)++tp / rank;
        }
        return sum / P;
    }
};
