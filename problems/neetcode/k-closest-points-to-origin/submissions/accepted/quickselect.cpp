// Hand-written quickselect (Hoare partition, random pivot) on squared distances.
class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        int n = points.size();
        vector<pair<int, int>> d(n);
        for (int i = 0; i < n; ++i) d[i] = {points[i][0] * points[i][0] + points[i][1] * points[i][1], i};
        mt19937 rng(973);
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int pivot = d[lo + rng() % (hi - lo + 1)].first;
            int i = lo, j = hi;
            while (i <= j) {
                while (d[i].first < pivot) ++i;
                while (d[j].first > pivot) --j;
                if (i <= j) swap(d[i++], d[j--]);
            }
            // [lo, j] <= pivot, [i, hi] >= pivot
            if (k - 1 <= j) hi = j;
            else if (k - 1 >= i) lo = i;
            else break;
        }
        vector<vector<int>> res;
        for (int i = 0; i < k; ++i) res.push_back(points[d[i].second]);
        return res;
    }
};
