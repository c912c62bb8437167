// Correct, but a rewrite: sort every index by (distance, index).
class Solution {
public:
    vector<int> kClosest(vector<vector<int>>& points, int k) {
        vector<int> idx(points.size());
        iota(idx.begin(), idx.end(), 0);
        auto dist = [&](int i) { return 1LL * points[i][0] * points[i][0] + 1LL * points[i][1] * points[i][1]; };
        sort(idx.begin(), idx.end(), [&](int a, int b) { return make_pair(dist(a), a) < make_pair(dist(b), b); });
        idx.resize(k);
        return idx;
    }
};
