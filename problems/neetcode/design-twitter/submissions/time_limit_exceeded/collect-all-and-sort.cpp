// Brute force: every feed copies all tweets of the user and their followees and sorts them by time, O(T log T) per feed; ~5.6 s at the fan-in maximum test (10^4 tweets, 19500 feeds).
class Twitter {
    int clock = 0;
    unordered_map<int, vector<pair<int, int>>> tweets;  // user -> (time, tweetId)
    unordered_map<int, unordered_set<int>> follows;

public:
    Twitter() {}

    void postTweet(int userId, int tweetId) { tweets[userId].push_back({clock++, tweetId}); }

    vector<int> getNewsFeed(int userId) {
        vector<pair<int, int>> all = tweets[userId];
        for (int u : follows[userId])
            if (u != userId) all.insert(all.end(), tweets[u].begin(), tweets[u].end());
        sort(all.begin(), all.end(), greater<pair<int, int>>());
        vector<int> feed;
        for (size_t i = 0; i < all.size() && i < 10; ++i) feed.push_back(all[i].second);
        return feed;
    }

    void follow(int followerId, int followeeId) { follows[followerId].insert(followeeId); }

    void unfollow(int followerId, int followeeId) { follows[followerId].erase(followeeId); }
};
