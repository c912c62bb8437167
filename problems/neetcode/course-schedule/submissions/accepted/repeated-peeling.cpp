// Rounds of peeling: each round rescans all pairs and removes every course whose
// prerequisites are all removed; stop when a round removes nothing. O(V * E) at worst,
// about 10^7 pair checks at V = 2000, E = 5000.
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<bool> done(numCourses, false);
        int left = numCourses;
        while (left > 0) {
            vector<bool> blocked(numCourses, false);
            for (auto& p : prerequisites)
                if (!done[p[1]]) blocked[p[0]] = true;
            int removed = 0;
            for (int c = 0; c < numCourses; ++c)
                if (!done[c] && !blocked[c]) done[c] = true, ++removed;
            if (removed == 0) return false;
            left -= removed;
        }
        return true;
    }
};
