// Divide and conquer at the lowest bar of each range (sparse table for range minimum).
class Solution {
    vector<vector<int>> sp;
    vector<int> lg;
    const vector<int>* h;
    int argmin(int l, int r) {
        int k = lg[r - l + 1];
        int a = sp[k][l], b = sp[k][r - (1 << k) + 1];
        return (*h)[a] <= (*h)[b] ? a : b;
    }
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        h = &heights;
        lg.assign(n + 1, 0);
        for (int i = 2; i <= n; ++i) lg[i] = lg[i / 2] + 1;
        sp.assign(lg[n] + 1, vector<int>(n));
        iota(sp[0].begin(), sp[0].end(), 0);
        for (int k = 1; k <= lg[n]; ++k)
            for (int i = 0; i + (1 << k) <= n; ++i) {
                int a = sp[k - 1][i], b = sp[k - 1][i + (1 << (k - 1))];
                sp[k][i] = heights[a] <= heights[b] ? a : b;
            }
        int best = 0;
        vector<pair<int, int>> todo = {{0, n - 1}};  // explicit stack: depth can reach n
        while (!todo.empty()) {
            auto [l, r] = todo.back();
            todo.pop_back();
            if (l > r) continue;
            int m = argmin(l, r);
            best = max(best, heights[m] * (r - l + 1));
            todo.push_back({l, m - 1});
            todo.push_back({m + 1, r});
        }
        return best;
    }
};
