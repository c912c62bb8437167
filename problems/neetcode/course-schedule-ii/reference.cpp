class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        // Kahn's algorithm: take courses whose prerequisites are all taken; a cycle leaves some behind.
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);
        for (const auto& p : prerequisites) {
            unlocks[p[1]].push_back(p[0]);
            ++missing[p[0]];
        }
        vector<int> order;
        order.reserve(numCourses);
        for (int c = 0; c < numCourses; ++c)
            if (missing[c] == 0) order.push_back(c);
        for (size_t head = 0; head < order.size(); ++head)
            for (int next : unlocks[order[head]])
                if (--missing[next] == 0) order.push_back(next);
        if ((int)order.size() != numCourses) return {};
        return order;
    }
};
