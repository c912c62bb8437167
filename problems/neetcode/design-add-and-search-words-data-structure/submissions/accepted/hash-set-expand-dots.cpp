// No trie: a hash set of words; a query with d <= 2 dots tries all 26^d letter fillings.
class WordDictionary {
    unordered_set<string> words;

    bool fill(string& w, size_t from) {
        size_t p = w.find('.', from);
        if (p == string::npos) return words.count(w) > 0;
        for (char c = 'a'; c <= 'z'; ++c) {
            w[p] = c;
            if (fill(w, p + 1)) return true;
        }
        w[p] = '.';
        return false;
    }

public:
    WordDictionary() {}

    void addWord(string word) { words.insert(word); }

    bool search(string word) { return fill(word, 0); }
};
