// Classic mistake: F1 as the arithmetic mean (P + R) / 2 instead of the harmonic mean.
class Solution {
public:
    vector<double> precisionRecallF1(vector<int>& yTrue, vector<int>& yPred) {
        double tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            if (yPred[i] == 1 && yTrue[i] == 1) ++tp;
            else if (yPred[i] == 1) ++fp;
            else if (yTrue[i] == 1) ++fn;
        }
        double precision = tp + fp == 0 ? 0.0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0.0 : tp / (tp + fn);
        return {precision, recall, (precision + recall) / 2};
    }
};
