// Classic mistake: returns the squared Pearson correlation of yTrue and yPred, which ignores bias and scale.
class Solution {
public:
    double r2Score(vector<double>& yTrue, vector<double>& yPred) {
        int n = yTrue.size();
        if (all_of(yTrue.begin(), yTrue.end(), [&](double v) { return v == yTrue[0]; }))
            return yTrue == yPred ? 1.0 : 0.0;
        double mt = 0, mp = 0;
        for (int i = 0; i < n; ++i) mt += yTrue[i], mp += yPred[i];
        mt /= n, mp /= n;
        double stp = 0, stt = 0, spp = 0;
        for (int i = 0; i < n; ++i) {
            stp += (yTrue[i] - mt) * (yPred[i] - mp);
            stt += (yTrue[i] - mt) * (yTrue[i] - mt);
            spp += (yPred[i] - mp) * (yPred[i] - mp);
        }
        return stp * stp / (stt * spp);
    }
};
