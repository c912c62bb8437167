// Classic mistake: `if` instead of `while`, so a warm day resolves only the top waiting day, not every colder one below it.
class Solution {
public:
    vector<int> dailyTemperatures(vector<int>& temperatures) {
        int n = temperatures.size();
        vector<int> ans(n, 0);
        vector<int> st;
        for (int i = 0; i < n; ++i) {
            if (!st.empty() && temperatures[i] > temperatures[st.back()]) {
                ans[st.back()] = i - st.back();
                st.pop_back();
            }
            st.push_back(i);
        }
        return ans;
    }
};
