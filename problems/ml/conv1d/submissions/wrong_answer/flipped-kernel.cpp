// Classic mistake: flips the kernel (textbook convolution) instead of cross-correlating.
class Solution {
public:
    vector<double> conv1d(vector<double>& signal, vector<double>& kernel, int stride, int padding, int dilation) {
        int L = signal.size(), k = kernel.size();
        int span = dilation * (k - 1) + 1;
        int outLen = (L + 2 * padding - span) / stride + 1;
        vector<double> out(outLen);
        for (int i = 0; i < outLen; ++i) {
            int start = i * stride - padding;  // signal index of the first tap
            double s = 0;
            for (int a = 0; a < k; ++a) {
                int t = start + a * dilation;
                if (t >= 0 && t < L) s += kernel[k - 1 - a] * signal[t];  // outside: a padded zero
            }
            out[i] = s;
        }
        return out;
    }
};
