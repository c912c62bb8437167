// Textbook loop: copy w, nudge one weight by +-h, re-evaluate the whole loss; sigmoid via tanh.
class Solution {
    static double loss(const vector<vector<double>>& A, const vector<double>& w) {
        double f = 0;
        for (const auto& row : A) {
            double z = inner_product(row.begin(), row.end(), w.begin(), 0.0);
            f += z > 0 ? z + log1p(exp(-z)) : log1p(exp(z));
        }
        return f;
    }
public:
    vector<double> numericalGradient(vector<vector<double>>& A, vector<double>& w, double h) {
        size_t d = w.size();
        vector<double> res;
        double maxRel = 0;
        for (size_t j = 0; j < d; ++j) {
            vector<double> wp = w, wm = w;
            wp[j] += h;
            wm[j] -= h;
            double num = (loss(A, wp) - loss(A, wm)) / (2 * h);
            double ana = 0;
            for (const auto& row : A) {
                double z = inner_product(row.begin(), row.end(), w.begin(), 0.0);
                ana += 0.5 * (1 + tanh(z / 2)) * row[j];
            }
            if (num != 0 || ana != 0) maxRel = max(maxRel, fabs(num - ana) / max(fabs(num), fabs(ana)));
            res.push_back(num);
        }
        res.push_back(maxRel);
        return res;
    }
};
