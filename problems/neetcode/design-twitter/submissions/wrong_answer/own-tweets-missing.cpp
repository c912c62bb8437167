// Mistake: the feed merges only the followees' tweets and forgets the user's own.
class Twitter {
    vector<pair<int, int>> timeline;  // (author, tweetId)
    unordered_map<int, unordered_set<int>> follows;

public:
    Twitter() {}
    void postTweet(int userId, int tweetId) { timeline.push_back({userId, tweetId}); }
    vector<int> getNewsFeed(int userId) {
        vector<int> feed;
        auto& f = follows[userId];
        for (int i = (int)timeline.size() - 1; i >= 0 && feed.size() < 10; --i)
            if (f.count(timeline[i].first)) feed.push_back(timeline[i].second);
        return feed;
    }
    void follow(int followerId, int followeeId) { follows[followerId].insert(followeeId); }
    void unfollow(int followerId, int followeeId) { follows[followerId].erase(followeeId); }
};
