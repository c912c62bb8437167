// Classic mistake: tries the 26 letters at a position but does not put the original letter back before moving on, so later positions are varied on a corrupted word.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> unused(wordList.begin(), wordList.end());
        if (!unused.count(endWord)) return 0;
        queue<pair<string, int>> q;
        q.push({beginWord, 1});
        unused.erase(beginWord);
        while (!q.empty()) {
            auto [word, length] = q.front();
            q.pop();
            if (word == endWord) return length;
            string w = word;
            for (size_t i = 0; i < w.size(); ++i)
                for (char c = 'a'; c <= 'z'; ++c) {
                    w[i] = c;
                    if (unused.erase(w)) q.push({w, length + 1});
                }
        }
        return 0;
    }
};
