// Classic mistake: union-find cycle detection, which ignores edge direction, so a diamond (two routes to the same prerequisite) is taken for a cycle.
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        parent.resize(numCourses);
        iota(parent.begin(), parent.end(), 0);
        for (auto& p : prerequisites) {
            int a = find(p[0]), b = find(p[1]);
            if (a == b) return false;
            parent[a] = b;
        }
        return true;
    }

private:
    vector<int> parent;
    int find(int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }
};
