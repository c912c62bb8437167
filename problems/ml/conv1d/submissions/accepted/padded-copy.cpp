// Builds the zero-padded signal explicitly, then slides the dilated kernel while it fits.
class Solution {
public:
    vector<double> conv1d(vector<double>& signal, vector<double>& kernel, int stride, int padding, int dilation) {
        vector<double> P(padding, 0.0);
        P.insert(P.end(), signal.begin(), signal.end());
        P.insert(P.end(), padding, 0.0);
        size_t k = kernel.size(), span = (size_t)dilation * (k - 1) + 1;
        vector<double> out;
        for (size_t start = 0; start + span <= P.size(); start += stride) {
            double s = 0;
            for (size_t a = 0; a < k; ++a) s += kernel[a] * P[start + a * dilation];
            out.push_back(s);
        }
        return out;
    }
};
