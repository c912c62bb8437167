class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        // Kahn's algorithm: keep taking courses with no missing prerequisite; a cycle blocks some forever.
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);
        for (const auto& p : prerequisites) {
            unlocks[p[1]].push_back(p[0]);
            ++missing[p[0]];
        }
        vector<int> ready;
        for (int c = 0; c < numCourses; ++c)
            if (missing[c] == 0) ready.push_back(c);
        for (size_t head = 0; head < ready.size(); ++head)
            for (int next : unlocks[ready[head]])
                if (--missing[next] == 0) ready.push_back(next);
        return (int)ready.size() == numCourses;
    }
};
