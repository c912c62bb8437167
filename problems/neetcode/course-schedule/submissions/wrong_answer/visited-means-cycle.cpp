// Classic mistake: DFS with one global visited set that reports a cycle whenever it meets any visited course, so two courses sharing a prerequisite look like a cycle.
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        needs.assign(numCourses, {});
        for (auto& p : prerequisites) needs[p[0]].push_back(p[1]);
        visited.assign(numCourses, false);
        for (int c = 0; c < numCourses; ++c)
            if (!visited[c] && !visit(c)) return false;
        return true;
    }

private:
    vector<vector<int>> needs;
    vector<bool> visited;
    bool visit(int c) {
        if (visited[c]) return false;
        visited[c] = true;
        for (int b : needs[c])
            if (!visit(b)) return false;
        return true;
    }
};
