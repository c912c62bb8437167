// Classic mistake (off by one): blocks of n slots instead of n + 1 (the task itself plus n cooldown slots).
class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        int cnt[26] = {0};
        for (char c : tasks) cnt[c - 'A']++;
        int top = *max_element(cnt, cnt + 26);
        int tied = count(cnt, cnt + 26, top);
        return max((top - 1) * n + tied, (int)tasks.size());
    }
};
