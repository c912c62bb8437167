// DFS with white/grey/black states: a grey node met again is a cycle; post-order lists prerequisites first.
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        needs.assign(numCourses, {});
        for (auto& p : prerequisites) needs[p[0]].push_back(p[1]);
        state.assign(numCourses, 0);
        order.clear();
        for (int c = 0; c < numCourses; ++c)
            if (!visit(c)) return {};
        return order;
    }

private:
    vector<vector<int>> needs;
    vector<int> state;  // 0 new, 1 on the current path, 2 done
    vector<int> order;
    bool visit(int c) {
        if (state[c] == 2) return true;
        if (state[c] == 1) return false;
        state[c] = 1;
        for (int b : needs[c])
            if (!visit(b)) return false;
        state[c] = 2;
        order.push_back(c);
        return true;
    }
};
