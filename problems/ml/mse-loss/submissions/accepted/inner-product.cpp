// Residual vector, then its dot product with itself divided by n.
class Solution {
public:
    double meanSquaredError(vector<double>& yTrue, vector<double>& yPred) {
        vector<double> r(yTrue.size());
        transform(yTrue.begin(), yTrue.end(), yPred.begin(), r.begin(), minus<double>());
        return inner_product(r.begin(), r.end(), r.begin(), 0.0) / r.size();
    }
};
