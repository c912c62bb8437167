// Bidirectional BFS: grow the smaller of the two frontiers (from beginWord and from endWord)
// one layer at a time until they meet.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> dict(wordList.begin(), wordList.end());
        if (!dict.count(endWord)) return 0;
        unordered_set<string> front = {beginWord}, back = {endWord};
        dict.erase(beginWord);
        dict.erase(endWord);
        for (int length = 2; !front.empty() && !back.empty(); ++length) {
            if (front.size() > back.size()) swap(front, back);
            unordered_set<string> next;
            for (string word : front)
                for (size_t i = 0; i < word.size(); ++i) {
                    char original = word[i];
                    for (char c = 'a'; c <= 'z'; ++c) {
                        word[i] = c;
                        if (back.count(word)) return length;
                        if (dict.erase(word)) next.insert(word);
                    }
                    word[i] = original;
                }
            front.swap(next);
        }
        return 0;
    }
};
