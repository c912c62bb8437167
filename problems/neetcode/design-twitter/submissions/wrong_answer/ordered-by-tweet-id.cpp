// Mistake: treats a larger tweetId as a newer tweet and orders the feed by id instead of posting time.
class Twitter {
    unordered_map<int, vector<int>> tweets;
    unordered_map<int, unordered_set<int>> follows;

public:
    Twitter() {}
    void postTweet(int userId, int tweetId) { tweets[userId].push_back(tweetId); }
    vector<int> getNewsFeed(int userId) {
        vector<int> all = tweets[userId];
        for (int u : follows[userId])
            if (u != userId) all.insert(all.end(), tweets[u].begin(), tweets[u].end());
        sort(all.rbegin(), all.rend());
        if (all.size() > 10) all.resize(10);
        return all;
    }
    void follow(int followerId, int followeeId) { follows[followerId].insert(followeeId); }
    void unfollow(int followerId, int followeeId) { follows[followerId].erase(followeeId); }
};
