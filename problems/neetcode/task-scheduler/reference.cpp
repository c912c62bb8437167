class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        // The most frequent letters set a frame of (top - 1) blocks of n + 1 slots
        // plus one slot per letter reaching the top count; more tasks fill the idles.
        int cnt[26] = {0};
        for (char c : tasks) cnt[c - 'A']++;
        int top = *max_element(cnt, cnt + 26);
        int tied = count(cnt, cnt + 26, top);
        long long frame = (long long)(top - 1) * (n + 1) + tied;
        return (int)max<long long>(frame, tasks.size());
    }
};
