// Classic mistake: Kahn's algorithm without the final size check, so on a cycle it
// returns the courses it managed to take instead of [].
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> indegree(numCourses, 0);
        for (auto& p : prerequisites) {
            unlocks[p[1]].push_back(p[0]);
            ++indegree[p[0]];
        }
        queue<int> q;
        for (int c = 0; c < numCourses; ++c)
            if (indegree[c] == 0) q.push(c);
        vector<int> order;
        while (!q.empty()) {
            int c = q.front();
            q.pop();
            order.push_back(c);
            for (int next : unlocks[c])
                if (--indegree[next] == 0) q.push(next);
        }
        return order;
    }
};
