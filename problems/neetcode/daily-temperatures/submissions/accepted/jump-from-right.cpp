// Right to left, O(1) extra space: from day i follow the answers of later days to skip ahead to a warmer one.
class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> ans(n, 0);
        int hottest = 0;
        for (int i = n - 1; i >= 0; --i) {
            if (temperatures[i] >= hottest) { hottest = temperatures[i]; continue; }
            int j = i + 1;
            while (temperatures[j] <= temperatures[i]) j += ans[j];
            ans[i] = j - i;
        }
        return ans;
    }
};
