// Mistake: followees kept in a vector with no duplicate check, so a repeated follow repeats tweets and one unfollow leaves a copy.
class Twitter {
    int clock = 0;
    unordered_map<int, vector<pair<int, int>>> tweets;
    unordered_map<int, vector<int>> follows;

public:
    Twitter() {}
    void postTweet(int userId, int tweetId) { tweets[userId].push_back({clock++, tweetId}); }
    vector<int> getNewsFeed(int userId) {
        priority_queue<tuple<int, int, int>> heap;
        vector<int> who = follows[userId];
        who.push_back(userId);
        for (int u : who) {
            auto& t = tweets[u];
            if (!t.empty()) heap.push({t.back().first, u, (int)t.size() - 1});
        }
        vector<int> feed;
        while (!heap.empty() && feed.size() < 10) {
            auto [time, u, i] = heap.top();
            heap.pop();
            feed.push_back(tweets[u][i].second);
            if (i > 0) heap.push({tweets[u][i - 1].first, u, i - 1});
        }
        return feed;
    }
    void follow(int followerId, int followeeId) {
        if (followerId != followeeId) follows[followerId].push_back(followeeId);
    }
    void unfollow(int followerId, int followeeId) {
        auto& f = follows[followerId];
        auto it = find(f.begin(), f.end(), followeeId);
        if (it != f.end()) f.erase(it);
    }
};
