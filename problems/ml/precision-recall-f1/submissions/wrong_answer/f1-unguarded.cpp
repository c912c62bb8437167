// Classic mistake: guards precision and recall but not F1, which is 0 / 0 = nan when both are 0.
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
        double f1 = 2 * precision * recall / (precision + recall);
        return {precision, recall, f1};
    }
};
