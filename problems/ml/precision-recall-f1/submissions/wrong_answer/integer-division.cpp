// Classic mistake: tp / (tp + fp) with int operands is integer division, so any ratio below 1 becomes 0.
class Solution {
public:
    vector<double> precisionRecallF1(vector<int>& yTrue, vector<int>& yPred) {
        int tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            if (yPred[i] == 1 && yTrue[i] == 1) ++tp;
            else if (yPred[i] == 1) ++fp;
            else if (yTrue[i] == 1) ++fn;
        }
        double precision = tp + fp == 0 ? 0.0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0.0 : tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return {precision, recall, f1};
    }
};
