// Classic mistake: stops as soon as a generated word equals endWord, before checking that it is in the dictionary, so an unlisted endWord one letter away is accepted.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> unused(wordList.begin(), wordList.end());
        queue<pair<string, int>> q;
        q.push({beginWord, 1});
        while (!q.empty()) {
            auto [word, length] = q.front();
            q.pop();
            for (size_t i = 0; i < word.size(); ++i) {
                char original = word[i];
                for (char c = 'a'; c <= 'z'; ++c) {
                    if (c == original) continue;
                    word[i] = c;
                    if (word == endWord) return length + 1;
                    if (unused.erase(word)) q.push({word, length + 1});
                }
                word[i] = original;
            }
        }
        return 0;
    }
};
