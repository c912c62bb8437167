// Sorts a copy, measures runs of equal labels, and sums p*(1-p) per class in long double.
class Solution {
public:
    double giniImpurity(vector<int>& labels) {
        vector<int> v(labels);
        sort(v.begin(), v.end());
        long double n = v.size(), g = 0;
        for (size_t i = 0; i < v.size();) {
            size_t j = i;
            while (j < v.size() && v[j] == v[i]) ++j;
            long double p = (j - i) / n;
            g += p * (1 - p);
            i = j;
        }
        return (double)g;
    }
};
