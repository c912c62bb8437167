// Classic mistake: depth-first search that returns the length of the first ladder it finds, which need not be the shortest one.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unused = unordered_set<string>(wordList.begin(), wordList.end());
        if (!unused.count(endWord)) return 0;
        target = endWord;
        unused.erase(beginWord);
        return dfs(beginWord, 1);
    }

private:
    unordered_set<string> unused;
    string target;
    int dfs(string word, int length) {
        if (word == target) return length;
        for (size_t i = 0; i < word.size(); ++i) {
            char original = word[i];
            for (char c = 'a'; c <= 'z'; ++c) {
                word[i] = c;
                if (unused.erase(word)) {
                    int found = dfs(word, length + 1);
                    if (found) return found;
                }
            }
            word[i] = original;
        }
        return 0;
    }
};
