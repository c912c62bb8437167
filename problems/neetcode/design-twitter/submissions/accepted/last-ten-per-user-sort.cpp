// Only a user's 10 newest tweets can reach any feed: keep those per user, pool them from self and followees, partial-sort the pool (~0.25 s at the fan-in maximum).
class Twitter {
    int clock = 0;
    vector<vector<pair<int, int>>> recent = vector<vector<pair<int, int>>>(501);  // user -> up to 10 newest (time, tweetId)
    vector<vector<bool>> follows = vector<vector<bool>>(501, vector<bool>(501));
    vector<pair<int, int>> pool;

    void gather(int u) {
        pool.insert(pool.end(), recent[u].begin(), recent[u].end());
    }

public:
    Twitter() {}

    void postTweet(int userId, int tweetId) {
        auto& r = recent[userId];
        if (r.size() == 10) r.erase(r.begin());
        r.push_back({clock++, tweetId});
    }

    vector<int> getNewsFeed(int userId) {
        pool.clear();
        gather(userId);
        for (int u = 1; u <= 500; ++u)
            if (u != userId && follows[userId][u]) gather(u);
        size_t k = min<size_t>(10, pool.size());
        partial_sort(pool.begin(), pool.begin() + k, pool.end(), greater<pair<int, int>>());
        vector<int> feed;
        for (size_t i = 0; i < k; ++i) feed.push_back(pool[i].second);
        return feed;
    }

    void follow(int followerId, int followeeId) { follows[followerId][followeeId] = true; }

    void unfollow(int followerId, int followeeId) { follows[followerId][followeeId] = false; }
};
