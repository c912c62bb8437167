// Classic mistake: post-order DFS with a plain visited flag; a back edge is silently
// skipped, so a cycle still produces a full (invalid) order instead of [].
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        needs.assign(numCourses, {});
        for (auto& p : prerequisites) needs[p[0]].push_back(p[1]);
        visited.assign(numCourses, false);
        for (int c = 0; c < numCourses; ++c) visit(c);
        return order;
    }

private:
    vector<vector<int>> needs;
    vector<bool> visited;
    vector<int> order;
    void visit(int c) {
        if (visited[c]) return;
        visited[c] = true;
        for (int b : needs[c]) visit(b);
        order.push_back(c);
    }
};
