// Tap-major order: for each kernel tap, adds its contribution to every output (long double accumulators).
class Solution {
public:
    vector<double> conv1d(vector<double>& signal, vector<double>& kernel, int stride, int padding, int dilation) {
        long long L = signal.size(), k = kernel.size();
        long long n = (L + 2 * padding - (dilation * (k - 1) + 1)) / stride + 1;
        vector<long double> acc(n, 0);
        for (long long a = 0; a < k; ++a)
            for (long long i = 0; i < n; ++i) {
                long long t = i * stride + a * dilation - padding;
                if (0 <= t && t < L) acc[i] += (long double)kernel[a] * signal[t];
            }
        return vector<double>(acc.begin(), acc.end());
    }
};
