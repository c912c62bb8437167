// Sorts the training rows by category and sums each group in long double; test rows are looked up by binary search.
class Solution {
public:
    vector<double> targetEncode(vector<string>& trainCats, vector<double>& trainY, vector<string>& testCats, double smoothing) {
        int n = trainCats.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return trainCats[a] < trainCats[b]; });
        vector<string> names;
        vector<long double> sums;
        vector<long long> counts;
        long double total = 0;
        for (int t = 0; t < n; ++t) {
            int i = idx[t];
            total += trainY[i];
            if (names.empty() || names.back() != trainCats[i]) names.push_back(trainCats[i]), sums.push_back(0), counts.push_back(0);
            sums.back() += trainY[i];
            counts.back() += 1;
        }
        long double g = total / n;
        vector<double> out;
        for (const string& c : testCats) {
            auto it = lower_bound(names.begin(), names.end(), c);
            if (it == names.end() || *it != c) {
                out.push_back((double)g);
                continue;
            }
            size_t k = it - names.begin();
            long double meanC = sums[k] / counts[k];
            out.push_back((double)((counts[k] * meanC + smoothing * g) / (counts[k] + smoothing)));
        }
        return out;
    }
};
