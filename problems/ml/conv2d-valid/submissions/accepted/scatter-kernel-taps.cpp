// Loops over kernel taps outermost and scatters each tap's contribution into the whole output (long double).
class Solution {
public:
    vector<vector<double>> conv2d(vector<vector<double>>& image, vector<vector<double>>& kernel, int stride, int padding) {
        int H = image.size(), W = image[0].size(), kh = kernel.size(), kw = kernel[0].size();
        int Ho = (H + 2 * padding - kh) / stride + 1, Wo = (W + 2 * padding - kw) / stride + 1;
        vector<vector<long double>> acc(Ho, vector<long double>(Wo, 0));
        for (int a = 0; a < kh; ++a)
            for (int b = 0; b < kw; ++b)
                for (int r = 0; r < Ho; ++r) {
                    int y = r * stride + a - padding;
                    if (y < 0 || y >= H) continue;
                    for (int c = 0; c < Wo; ++c) {
                        int x = c * stride + b - padding;
                        if (x >= 0 && x < W) acc[r][c] += (long double)kernel[a][b] * image[y][x];
                    }
                }
        vector<vector<double>> out(Ho, vector<double>(Wo));
        for (int r = 0; r < Ho; ++r)
            for (int c = 0; c < Wo; ++c) out[r][c] = (double)acc[r][c];
        return out;
    }
};
