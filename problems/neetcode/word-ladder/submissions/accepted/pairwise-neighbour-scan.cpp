// BFS that finds the neighbours of each dequeued word by comparing it with every word not
// reached yet, letter by letter: O(N^2 * L), at most 2.5*10^8 letter comparisons.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        int n = wordList.size();
        vector<int> dist(n, 0);
        vector<int> open(n);  // indices of words not reached yet
        iota(open.begin(), open.end(), 0);
        auto oneApart = [](const string& a, const string& b) {
            int diff = 0;
            for (size_t i = 0; i < a.size() && diff < 2; ++i) diff += a[i] != b[i];
            return diff == 1;
        };
        queue<pair<const string*, int>> q;
        q.push({&beginWord, 1});
        while (!q.empty()) {
            auto [word, d] = q.front();
            q.pop();
            if (*word == endWord) return d;
            vector<int> still;
            for (int j : open) {
                if (oneApart(*word, wordList[j])) q.push({&wordList[j], d + 1});
                else still.push_back(j);
            }
            open.swap(still);
        }
        return 0;
    }
};
