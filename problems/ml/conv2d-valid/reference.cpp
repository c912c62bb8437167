class Solution {
public:
    vector<vector<double>> conv2d(vector<vector<double>>& image, vector<vector<double>>& kernel, int stride, int padding) {
        int H = image.size(), W = image[0].size(), kh = kernel.size(), kw = kernel[0].size();
        int Ho = (H + 2 * padding - kh) / stride + 1, Wo = (W + 2 * padding - kw) / stride + 1;
        vector<vector<double>> out(Ho, vector<double>(Wo, 0.0));
        for (int r = 0; r < Ho; ++r)
            for (int c = 0; c < Wo; ++c) {
                // Top-left corner of the window in image coordinates; padded cells are skipped (they are 0).
                int r0 = r * stride - padding, c0 = c * stride - padding;
                double s = 0;
                for (int a = max(0, -r0); a < kh && r0 + a < H; ++a) {
                    const double* row = image[r0 + a].data();
                    for (int b = max(0, -c0); b < kw && c0 + b < W; ++b) s += kernel[a][b] * row[c0 + b];
                }
                out[r][c] = s;
            }
        return out;
    }
};
