// Group the words by pattern (the word with one position replaced by '*'); words in the same
// bucket are neighbours. BFS over words, emptying each bucket after its first use.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        int n = wordList.size(), L = beginWord.size();
        int target = -1;
        for (int i = 0; i < n; ++i)
            if (wordList[i] == endWord) target = i;
        if (target < 0) return 0;
        unordered_map<string, vector<int>> buckets;
        for (int i = 0; i < n; ++i)
            for (int p = 0; p < L; ++p) {
                string key = wordList[i];
                key[p] = '*';
                buckets[key].push_back(i);
            }
        vector<int> dist(n, 0);
        queue<int> q;
        auto expand = [&](const string& word, int d) {
            for (int p = 0; p < L; ++p) {
                string key = word;
                key[p] = '*';
                auto it = buckets.find(key);
                if (it == buckets.end()) continue;
                for (int j : it->second)
                    if (dist[j] == 0 && wordList[j] != beginWord) dist[j] = d + 1, q.push(j);
                buckets.erase(it);
            }
        };
        expand(beginWord, 1);
        while (!q.empty()) {
            int v = q.front();
            q.pop();
            if (v == target) return dist[v];
            expand(wordList[v], dist[v]);
        }
        return 0;
    }
};
