// Computes the L1 and L2 penalties and gradients as separate vectors, then combines them with the weights.
class Solution {
public:
    vector<double> elasticNet(vector<double>& w, double lambda, double l1Ratio) {
        int d = w.size();
        long double l1 = 0, l2 = 0;
        vector<double> gradL1(d), gradL2(d);
        for (int i = 0; i < d; ++i) {
            l1 += fabs(w[i]);
            l2 += (long double)w[i] * w[i] / 2;
            gradL1[i] = w[i] > 0 ? 1.0 : w[i] < 0 ? -1.0 : 0.0;
            gradL2[i] = w[i];
        }
        double a = lambda * l1Ratio, b = lambda * (1 - l1Ratio);
        vector<double> out(d + 1);
        out[0] = (double)(a * l1 + b * l2);
        for (int i = 0; i < d; ++i) out[i + 1] = a * gradL1[i] + b * gradL2[i];
        return out;
    }
};
