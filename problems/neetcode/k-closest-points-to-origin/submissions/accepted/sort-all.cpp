// Sort every point by squared distance and keep the first k: O(n log n).
class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        vector<vector<int>> v = points;
        sort(v.begin(), v.end(), [](const vector<int>& a, const vector<int>& b) {
            return a[0] * a[0] + a[1] * a[1] < b[0] * b[0] + b[1] * b[1];
        });
        return vector<vector<int>>(v.begin(), v.begin() + k);
    }
};
