// Brute force: each round rescans every pair to find a course with no untaken
// prerequisite and takes one: O(V * E), about 9*10^8 pair visits at V = 2000, E = 4.5*10^5.
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<bool> taken(numCourses, false);
        vector<int> order;
        for (int round = 0; round < numCourses; ++round) {
            vector<bool> blocked(numCourses, false);
            for (auto& p : prerequisites)
                if (!taken[p[1]]) blocked[p[0]] = true;
            int pick = -1;
            for (int c = 0; c < numCourses && pick < 0; ++c)
                if (!taken[c] && !blocked[c]) pick = c;
            if (pick < 0) return {};
            taken[pick] = true;
            order.push_back(pick);
        }
        return order;
    }
};
