// Brute force: backtracking over sorted tickets; the first complete trip is the answer, but a
// dead-end branch is only abandoned after trying every order of the tickets inside it (exponential).
class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        t = tickets;
        sort(t.begin(), t.end());
        used.assign(t.size(), false);
        path = {"JFK"};
        dfs();
        return path;
    }

private:
    vector<vector<string>> t;
    vector<bool> used;
    vector<string> path;
    bool dfs() {
        if (path.size() == t.size() + 1) return true;
        string cur = path.back();
        for (size_t i = 0; i < t.size(); ++i) {
            if (used[i] || t[i][0] != cur) continue;
            used[i] = true;
            path.push_back(t[i][1]);
            if (dfs()) return true;
            path.pop_back();
            used[i] = false;
        }
        return false;
    }
};
