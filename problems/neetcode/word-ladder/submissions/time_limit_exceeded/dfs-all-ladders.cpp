// Brute force: backtracking DFS over all simple ladders, keeping the shortest (pruning any
// path already as long as the best). The number of simple paths grows exponentially; on a
// dense dictionary with an unreachable endWord it never finishes.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        dict = unordered_set<string>(wordList.begin(), wordList.end());
        if (!dict.count(endWord)) return 0;
        target = endWord;
        best = INT_MAX;
        onPath.insert(beginWord);
        dfs(beginWord, 1);
        return best == INT_MAX ? 0 : best;
    }

private:
    unordered_set<string> dict, onPath;
    string target;
    int best = INT_MAX;
    void dfs(string word, int length) {
        if (word == target) {
            best = min(best, length);
            return;
        }
        if (length + 1 >= best) return;
        for (size_t i = 0; i < word.size(); ++i) {
            char original = word[i];
            for (char c = 'a'; c <= 'z'; ++c) {
                if (c == original) continue;
                word[i] = c;
                if (dict.count(word) && !onPath.count(word)) {
                    onPath.insert(word);
                    dfs(word, length + 1);
                    onPath.erase(word);
                }
            }
            word[i] = original;
        }
    }
};
