// Classic mistake: trusts the frame formula alone; when there are no idle slots it undercounts.
class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        int cnt[26] = {0};
        for (char c : tasks) cnt[c - 'A']++;
        int top = *max_element(cnt, cnt + 26);
        int tied = count(cnt, cnt + 26, top);
        return (top - 1) * (n + 1) + tied;
    }
};
