// Classic mistake: reads [a, b] as "a before b", producing the order backwards.
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> indegree(numCourses, 0);
        for (auto& p : prerequisites) {
            unlocks[p[0]].push_back(p[1]);
            ++indegree[p[1]];
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
        if ((int)order.size() != numCourses) return {};
        return order;
    }
};
