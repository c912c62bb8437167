// Path-state DFS that never remembers finished courses: every path through the graph is
// walked again, 2^1000 paths on the layered test (two courses per layer, each needing both
// courses of the next layer).
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        needs.assign(numCourses, {});
        for (auto& p : prerequisites) needs[p[0]].push_back(p[1]);
        onPath.assign(numCourses, false);
        for (int c = 0; c < numCourses; ++c)
            if (!visit(c)) return false;
        return true;
    }

private:
    vector<vector<int>> needs;
    vector<bool> onPath;
    bool visit(int c) {
        if (onPath[c]) return false;
        onPath[c] = true;
        for (int b : needs[c])
            if (!visit(b)) return false;
        onPath[c] = false;
        return true;
    }
};
