// Too slow: recomputes the category's sum and count by scanning all training rows for every test row, O(n * k).
class Solution {
public:
    vector<double> targetEncode(vector<string>& trainCats, vector<double>& trainY, vector<string>& testCats, double smoothing) {
        int n = trainCats.size();
        double g = 0;
        for (double y : trainY) g += y;
        g /= n;
        vector<double> out;
        for (const string& c : testCats) {
            double sum = 0;
            int cnt = 0;
            for (int i = 0; i < n; ++i)
                if (trainCats[i] == c) sum += trainY[i], ++cnt;
            out.push_back(cnt == 0 ? g : (sum + smoothing * g) / (cnt + smoothing));
        }
        return out;
    }
};
