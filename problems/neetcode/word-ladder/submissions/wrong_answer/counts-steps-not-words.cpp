// Classic mistake: returns the number of changes (edges) instead of the number of words in the ladder, one less than asked.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> unused(wordList.begin(), wordList.end());
        if (!unused.count(endWord)) return 0;
        queue<pair<string, int>> q;
        q.push({beginWord, 0});
        unused.erase(beginWord);
        while (!q.empty()) {
            auto [word, steps] = q.front();
            q.pop();
            if (word == endWord) return steps;
            for (size_t i = 0; i < word.size(); ++i) {
                char original = word[i];
                for (char c = 'a'; c <= 'z'; ++c) {
                    word[i] = c;
                    if (unused.erase(word)) q.push({word, steps + 1});
                }
                word[i] = original;
            }
        }
        return 0;
    }
};
