class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        // Select the k smallest squared distances in linear average time.
        auto d = [](const vector<int>& p) { return (long long)p[0] * p[0] + (long long)p[1] * p[1]; };
        vector<vector<int>> v = points;
        nth_element(v.begin(), v.begin() + (k - 1), v.end(),
                    [&](const vector<int>& a, const vector<int>& b) { return d(a) < d(b); });
        v.resize(k);
        return v;
    }
};
