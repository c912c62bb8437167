// Builds the zero-padded image explicitly, then slides the kernel with no bounds checks.
class Solution {
public:
    vector<vector<double>> conv2d(vector<vector<double>>& image, vector<vector<double>>& kernel, int stride, int padding) {
        size_t H = image.size(), W = image[0].size(), kh = kernel.size(), kw = kernel[0].size();
        size_t PH = H + 2 * padding, PW = W + 2 * padding;
        vector<vector<double>> P(PH, vector<double>(PW, 0.0));
        for (size_t r = 0; r < H; ++r)
            for (size_t c = 0; c < W; ++c) P[r + padding][c + padding] = image[r][c];
        vector<vector<double>> out;
        for (size_t r = 0; r + kh <= PH; r += stride) {
            vector<double> row;
            for (size_t c = 0; c + kw <= PW; c += stride) {
                double s = 0;
                for (size_t a = 0; a < kh; ++a)
                    for (size_t b = 0; b < kw; ++b) s += kernel[a][b] * P[r + a][c + b];
                row.push_back(s);
            }
            out.push_back(row);
        }
        return out;
    }
};
