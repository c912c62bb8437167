// Classic mistake: adds a single final slot, forgetting the other letters that tie for the top count.
class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        int cnt[26] = {0};
        for (char c : tasks) cnt[c - 'A']++;
        int top = *max_element(cnt, cnt + 26);
        return max((top - 1) * (n + 1) + 1, (int)tasks.size());
    }
};
