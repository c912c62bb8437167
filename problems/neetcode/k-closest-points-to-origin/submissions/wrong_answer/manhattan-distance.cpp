// Classic mistake: ranks the points by |x| + |y| instead of the Euclidean distance.
class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        vector<vector<int>> v = points;
        stable_sort(v.begin(), v.end(), [](const vector<int>& a, const vector<int>& b) {
            return abs(a[0]) + abs(a[1]) < abs(b[0]) + abs(b[1]);
        });
        return vector<vector<int>>(v.begin(), v.begin() + k);
    }
};
