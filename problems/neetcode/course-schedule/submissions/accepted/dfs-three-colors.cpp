// DFS with three states: a course met again while still on the current path closes a cycle;
// courses already fully explored are skipped, so each edge is followed once.
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        needs.assign(numCourses, {});
        for (auto& p : prerequisites) needs[p[0]].push_back(p[1]);
        state.assign(numCourses, 0);
        for (int c = 0; c < numCourses; ++c)
            if (!visit(c)) return false;
        return true;
    }

private:
    vector<vector<int>> needs;
    vector<int> state;  // 0 new, 1 on the current path, 2 done
    bool visit(int c) {
        if (state[c] == 2) return true;
        if (state[c] == 1) return false;
        state[c] = 1;
        for (int b : needs[c])
            if (!visit(b)) return false;
        state[c] = 2;
        return true;
    }
};
