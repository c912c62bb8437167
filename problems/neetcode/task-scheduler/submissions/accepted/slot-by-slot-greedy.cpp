// Slot-by-slot simulation: run the available letter with the most tasks left, else idle. O(answer * 26).
class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        int cnt[26] = {0}, nextFree[26] = {0};
        for (char c : tasks) cnt[c - 'A']++;
        int left = tasks.size(), time = 0;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < 26; ++i)
                if (cnt[i] > 0 && nextFree[i] <= time && (best < 0 || cnt[i] > cnt[best])) best = i;
            if (best >= 0) { cnt[best]--; nextFree[best] = time + n + 1; --left; }
            ++time;
        }
        return time;
    }
};
