// Classic mistake: only looks for two courses that require each other (and self-loops), missing cycles through three or more courses.
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        set<pair<int, int>> pairs;
        for (auto& p : prerequisites) pairs.insert({p[0], p[1]});
        for (auto& p : prerequisites)
            if (pairs.count({p[1], p[0]})) return false;
        return true;
    }
};
