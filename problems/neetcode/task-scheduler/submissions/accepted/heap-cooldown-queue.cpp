// Simulation: max-heap of remaining counts plus a queue of tasks cooling down; jumps over idle stretches.
class Solution {
public:
    int leastInterval(vector<char>& tasks, int n) {
        int cnt[26] = {0};
        for (char c : tasks) cnt[c - 'A']++;
        priority_queue<int> ready;
        for (int c : cnt) if (c) ready.push(c);
        queue<pair<int, int>> cooling;  // remaining count, time it is ready again
        int time = 0;
        while (!ready.empty() || !cooling.empty()) {
            ++time;
            if (ready.empty()) time = cooling.front().second;
            else {
                int c = ready.top() - 1; ready.pop();
                if (c) cooling.push({c, time + n});
            }
            if (!cooling.empty() && cooling.front().second == time) {
                ready.push(cooling.front().first);
                cooling.pop();
            }
        }
        return time;
    }
};
